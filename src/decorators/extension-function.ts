import type { FunctionDecoratorOptions } from './function-metadata.js'
import { functionDecorator } from './function-decorator.js'

/**
 * Exposes the method on the module itself ("flat"): integrator.io calls it without a `type`,
 * as it calls newer kinds such as formInit, preSave, step, initChild, update and changeEdition.
 * A string argument is the exposed name (default: the method's name); `{ kind }` records the contract kind.
 */
export function ExtensionFunction(nameOrOptions?: string | FunctionDecoratorOptions): MethodDecorator {
  return functionDecorator('@ExtensionFunction()', 'flat', nameOrOptions)
}
