import type { FunctionDecoratorOptions } from './function-metadata.js'
import { functionDecorator } from './function-decorator.js'

/**
 * Exposes the method in the module's `wrappers` group (request `type: 'wrapper'`), e.g. `wrappers.pingConnection`.
 * A string argument is the exposed name (default: the method's name); `{ kind }` records the contract kind.
 */
export function Wrapper(nameOrOptions?: string | FunctionDecoratorOptions): MethodDecorator {
  return functionDecorator('@Wrapper()', 'wrappers', nameOrOptions)
}
