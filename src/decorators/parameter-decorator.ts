import { assertLegacyDecorators, memberName, recordMisuse } from './misuse.js'
import { reflect } from './reflect.js'

/**
 * The shared body of @Inject and @Optional: runs `record(cls, index)` for a constructor
 * parameter, and records a misuse (reported by bootstrap()) anywhere else.
 */
export function parameterDecorator(decorator: string, record: (cls: Function, index: number) => void): ParameterDecorator {
  reflect()
  return (...args: unknown[]): void => {
    assertLegacyDecorators(decorator, args)
    const [target, key, index] = args as [object, string | symbol | undefined, number | undefined]
    if (typeof target === 'function' && key === undefined && typeof index === 'number') return record(target, index)
    const problem =
      typeof index === 'number' ? `is on a parameter of the method ${memberName(key)}()` : 'is on a property or method, not a constructor parameter'
    recordMisuse(target, {
      decorator,
      member: memberName(key),
      problem,
      fix: `Only constructor parameters are injected: put ${decorator} on a constructor parameter.`,
    })
  }
}
