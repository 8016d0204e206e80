import type { ContractKind, KindMethodDecorator } from '../contracts/index.js'
import type { FunctionDecoratorOptions } from './function-metadata.js'
import type { AnyModeMethodDecorator } from './standard/decorator-types.js'
import { functionDecorator, type FunctionDecorator } from './function-decorator.js'

/**
 * Exposes the method in the module's `settings` group (request `type: 'setting'`), e.g. `settings.persistSettings`.
 * A documented kind of this group (`'preMap'`, ...) types the method against its contract; any other string is the exposed name (default: the method's name); `{ kind, name }` sets both.
 */
export function Setting<K extends ContractKind<'setting'>>(kind: K): KindMethodDecorator<'setting', K>
export function Setting<K extends ContractKind<'setting'>>(options: { kind: K; name?: string }): KindMethodDecorator<'setting', K>
export function Setting(nameOrOptions?: string | { name?: string }): AnyModeMethodDecorator
export function Setting(nameOrOptions?: string | FunctionDecoratorOptions): FunctionDecorator {
  return functionDecorator('@Setting()', 'settings', nameOrOptions)
}
