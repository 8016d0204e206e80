import type { ContractKind, KindMethodDecorator } from '../contracts/index.js'
import type { FunctionDecoratorOptions } from './function-metadata.js'
import type { AnyModeMethodDecorator } from './standard/decorator-types.js'
import { functionDecorator, type FunctionDecorator } from './function-decorator.js'

/**
 * Exposes the method on the module itself ("flat"): integrator.io calls it without a `type`,
 * as it calls newer kinds such as formInit, preSave, step, initChild, update and changeEdition.
 * A documented kind of this group (`'preMap'`, ...) types the method against its contract; any other string is the exposed name (default: the method's name); `{ kind, name }` sets both.
 */
export function ExtensionFunction<K extends ContractKind<'flat'>>(kind: K): KindMethodDecorator<'flat', K>
export function ExtensionFunction<K extends ContractKind<'flat'>>(options: { kind: K; name?: string }): KindMethodDecorator<'flat', K>
export function ExtensionFunction(nameOrOptions?: string | { name?: string }): AnyModeMethodDecorator
export function ExtensionFunction(nameOrOptions?: string | FunctionDecoratorOptions): FunctionDecorator {
  return functionDecorator('@ExtensionFunction()', 'flat', nameOrOptions)
}
