import type { FunctionDecoratorOptions } from './function-metadata.js'
import { functionDecorator } from './function-decorator.js'

/**
 * Exposes the method in the module's `uninstaller` group (request `type: 'uninstaller'`), e.g. `uninstaller.connectorUninstallerFunction`.
 * A string argument is the exposed name (default: the method's name); `{ kind }` records the contract kind.
 */
export function Uninstaller(nameOrOptions?: string | FunctionDecoratorOptions): MethodDecorator {
  return functionDecorator('@Uninstaller()', 'uninstaller', nameOrOptions)
}
