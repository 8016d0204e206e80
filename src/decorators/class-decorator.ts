import { memberName, type Misuse } from './misuse.js'
import { METADATA } from './constants.js'
import { reflect } from './reflect.js'
import { classTarget, contextTarget, readCall, type MetadataTarget } from './standard/decorator-call.js'
import type { AnyModeClassDecorator } from './standard/decorator-types.js'

/**
 * The shared body of @Module, @Connector, @Diy and @Injectable, in either decorator mode: runs
 * `record(cls, target)` when put on a class, and records a misuse (reported by bootstrap()) when
 * put on a member. `target` is where the class's metadata goes in the mode it was called in.
 */
export function classDecorator(decorator: string, record: (cls: Function, target: MetadataTarget) => void): AnyModeClassDecorator {
  reflect()
  return (...args: unknown[]): void => {
    const call = readCall(args)
    if (call.mode === 'standard') {
      const target = contextTarget(decorator, call.context)
      if (call.context.kind === 'class' && typeof call.value === 'function') return record(call.value, target)
      return target.append<Misuse>(METADATA.misuses, onMember(decorator, memberName(call.context.name)))
    }
    const [cls, key] = call.args as [object, string | symbol | undefined]
    if (call.args.length === 1 && typeof cls === 'function') return record(cls, classTarget(cls))
    const owner = typeof cls === 'function' ? cls : (cls.constructor as Function)
    classTarget(owner).append<Misuse>(METADATA.misuses, onMember(decorator, memberName(key)))
  }
}

function onMember(decorator: string, member: string | undefined): Misuse {
  return { decorator, member, problem: 'is on a class member, not on a class', fix: `Put ${decorator} on the class declaration.` }
}
