import { classDecorator } from './class-decorator.js'
import { METADATA } from './constants.js'
import { recordMisuse } from './misuse.js'
import type { InjectableOptions } from './module-metadata.js'
import { defineOwn } from './reflect.js'

/**
 * Marks a class as created by the container. It also makes TypeScript record the constructor's
 * parameter types, which constructor injection by type needs. `{ scope: 'transient' }`: a new
 * instance for each injection (default: one per module).
 */
export function Injectable(options: InjectableOptions = {}): ClassDecorator {
  return classDecorator('@Injectable()', (cls) => {
    const scope = options?.scope
    if (scope !== undefined && scope !== 'singleton' && scope !== 'transient') {
      return recordMisuse(cls, {
        decorator: '@Injectable()',
        member: undefined,
        problem: `has the scope ${JSON.stringify(scope)}`,
        fix: "Use { scope: 'singleton' } (the default) or { scope: 'transient' }.",
      })
    }
    defineOwn(METADATA.injectable, { scope } satisfies InjectableOptions, cls)
  })
}
