import type { ContractKind, KindMethodDecorator } from '../contracts/index.js'
import type { FunctionDecoratorOptions } from './function-metadata.js'
import type { AnyModeMethodDecorator } from './standard/decorator-types.js'
import { functionDecorator, type FunctionDecorator } from './function-decorator.js'

/**
 * Exposes the method in the module's `hooks` group (request `type: 'hook'`), e.g. `hooks.preSavePageFunction`.
 * A documented kind of this group (`'preMap'`, ...) types the method against its contract; any other string is the exposed name (default: the method's name); `{ kind, name }` sets both.
 */
export function Hook<K extends ContractKind<'hook'>>(kind: K): KindMethodDecorator<'hook', K>
export function Hook<K extends ContractKind<'hook'>>(options: { kind: K; name?: string }): KindMethodDecorator<'hook', K>
export function Hook(nameOrOptions?: string | { name?: string }): AnyModeMethodDecorator
export function Hook(nameOrOptions?: string | FunctionDecoratorOptions): FunctionDecorator {
  return functionDecorator('@Hook()', 'hooks', nameOrOptions)
}
