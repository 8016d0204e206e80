import type { ContractKind, KindMethodDecorator } from '../contracts/index.js'
import type { FunctionDecoratorOptions } from './function-metadata.js'
import type { AnyModeMethodDecorator } from './standard/decorator-types.js'
import { functionDecorator, type FunctionDecorator } from './function-decorator.js'

/**
 * Exposes the method in the module's `installer` group (request `type: 'installer'`), e.g. `installer.connectorInstallerFunction`.
 * A documented kind of this group (`'preMap'`, ...) types the method against its contract; any other string is the exposed name (default: the method's name); `{ kind, name }` sets both.
 */
export function Installer<K extends ContractKind<'installer'>>(kind: K): KindMethodDecorator<'installer', K>
export function Installer<K extends ContractKind<'installer'>>(options: { kind: K; name?: string }): KindMethodDecorator<'installer', K>
export function Installer(nameOrOptions?: string | { name?: string }): AnyModeMethodDecorator
export function Installer(nameOrOptions?: string | FunctionDecoratorOptions): FunctionDecorator {
  return functionDecorator('@Installer()', 'installer', nameOrOptions)
}
