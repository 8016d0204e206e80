import { classDecorator } from './class-decorator.js'
import { METADATA } from './constants.js'
import type { Misuse } from './misuse.js'
import type { InjectableOptions } from './module-metadata.js'
import type { AnyModeClassDecorator } from './standard/decorator-types.js'

/**
 * Marks a class as created by the container. With `emitDecoratorMetadata` (legacy mode) it also makes
 * TypeScript record the constructor's parameter types, which constructor injection by type needs. `{ scope: 'transient' }`: a new
 * instance for each injection (default: one per module).
 */
export function Injectable(options: InjectableOptions = {}): AnyModeClassDecorator {
  return classDecorator('@Injectable()', (_cls, target) => {
    const scope = options?.scope
    if (scope !== undefined && scope !== 'singleton' && scope !== 'transient') {
      return target.append<Misuse>(METADATA.misuses, {
        decorator: '@Injectable()',
        member: undefined,
        problem: `has the scope ${JSON.stringify(scope)}`,
        fix: "Use { scope: 'singleton' } (the default) or { scope: 'transient' }.",
      })
    }
    target.define(METADATA.injectable, { scope } satisfies InjectableOptions)
  })
}
