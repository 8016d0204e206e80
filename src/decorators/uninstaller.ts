import type { ContractKind, KindMethodDecorator } from '../contracts/index.js'
import type { FunctionDecoratorOptions } from './function-metadata.js'
import type { AnyModeMethodDecorator } from './standard/decorator-types.js'
import { functionDecorator, type FunctionDecorator } from './function-decorator.js'

/**
 * Exposes the method in the module's `uninstaller` group (request `type: 'uninstaller'`), e.g. `uninstaller.connectorUninstallerFunction`.
 * A documented kind of this group (`'preMap'`, ...) types the method against its contract; any other string is the exposed name (default: the method's name); `{ kind, name }` sets both.
 */
export function Uninstaller<K extends ContractKind<'uninstaller'>>(kind: K): KindMethodDecorator<'uninstaller', K>
export function Uninstaller<K extends ContractKind<'uninstaller'>>(options: { kind: K; name?: string }): KindMethodDecorator<'uninstaller', K>
export function Uninstaller(nameOrOptions?: string | { name?: string }): AnyModeMethodDecorator
export function Uninstaller(nameOrOptions?: string | FunctionDecoratorOptions): FunctionDecorator {
  return functionDecorator('@Uninstaller()', 'uninstaller', nameOrOptions)
}
