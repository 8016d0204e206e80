import { assertLegacyDecorators, memberName, recordMisuse } from './misuse.js'
import { reflect } from './reflect.js'

/**
 * The shared body of @Module, @Connector, @Diy and @Injectable: runs `record(cls)` when put on
 * a class, and records a misuse (reported by bootstrap()) when put on a member.
 */
export function classDecorator(decorator: string, record: (cls: Function) => void): ClassDecorator {
  reflect()
  return (...args: unknown[]): void => {
    assertLegacyDecorators(decorator, args)
    const [target, key] = args as [object, string | symbol | undefined]
    if (args.length === 1 && typeof target === 'function') return record(target)
    recordMisuse(target, {
      decorator,
      member: memberName(key),
      problem: 'is on a class member, not on a class',
      fix: `Put ${decorator} on the class declaration.`,
    })
  }
}
