import type { FunctionDecoratorOptions } from './function-metadata.js'
import { functionDecorator } from './function-decorator.js'

/**
 * Exposes the method in the module's `settings` group (request `type: 'setting'`), e.g. `settings.persistSettings`.
 * A string argument is the exposed name (default: the method's name); `{ kind }` records the contract kind.
 */
export function Setting(nameOrOptions?: string | FunctionDecoratorOptions): MethodDecorator {
  return functionDecorator('@Setting()', 'settings', nameOrOptions)
}
