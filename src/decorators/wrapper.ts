import type { ContractKind, KindMethodDecorator } from '../contracts/index.js'
import type { FunctionDecoratorOptions } from './function-metadata.js'
import type { AnyModeMethodDecorator } from './standard/decorator-types.js'
import { functionDecorator, type FunctionDecorator } from './function-decorator.js'

/**
 * Exposes the method in the module's `wrappers` group (request `type: 'wrapper'`), e.g. `wrappers.pingConnection`.
 * A documented kind of this group (`'preMap'`, ...) types the method against its contract; any other string is the exposed name (default: the method's name); `{ kind, name }` sets both.
 */
export function Wrapper<K extends ContractKind<'wrapper'>>(kind: K): KindMethodDecorator<'wrapper', K>
export function Wrapper<K extends ContractKind<'wrapper'>>(options: { kind: K; name?: string }): KindMethodDecorator<'wrapper', K>
export function Wrapper(nameOrOptions?: string | { name?: string }): AnyModeMethodDecorator
export function Wrapper(nameOrOptions?: string | FunctionDecoratorOptions): FunctionDecorator {
  return functionDecorator('@Wrapper()', 'wrappers', nameOrOptions)
}
