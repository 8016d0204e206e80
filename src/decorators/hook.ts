import type { FunctionDecoratorOptions } from './function-metadata.js'
import { functionDecorator } from './function-decorator.js'

/**
 * Exposes the method in the module's `hooks` group (request `type: 'hook'`), e.g. `hooks.preSavePageFunction`.
 * A string argument is the exposed name (default: the method's name); `{ kind }` records the contract kind.
 */
export function Hook(nameOrOptions?: string | FunctionDecoratorOptions): MethodDecorator {
  return functionDecorator('@Hook()', 'hooks', nameOrOptions)
}
