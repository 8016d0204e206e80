import type { FunctionDecoratorOptions } from './function-metadata.js'
import { functionDecorator } from './function-decorator.js'

/**
 * Exposes the method in the module's `installer` group (request `type: 'installer'`), e.g. `installer.connectorInstallerFunction`.
 * A string argument is the exposed name (default: the method's name); `{ kind }` records the contract kind.
 */
export function Installer(nameOrOptions?: string | FunctionDecoratorOptions): MethodDecorator {
  return functionDecorator('@Installer()', 'installer', nameOrOptions)
}
