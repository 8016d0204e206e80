import type { FunctionDecoratorOptions } from './function-metadata.js'
import type { AnyModeMethodDecorator } from './standard/decorator-types.js'
import { functionDecorator } from './function-decorator.js'

/**
 * Exposes the method in the module's `utilities` group (request `type: 'utility'`), e.g. `utilities.reindex`.
 * A string argument is the exposed name (default: the method's name); `{ kind }` records the contract kind.
 */
export function Utility(nameOrOptions?: string | FunctionDecoratorOptions): AnyModeMethodDecorator {
  return functionDecorator('@Utility()', 'utilities', nameOrOptions)
}
