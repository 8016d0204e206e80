import type { ExtensionModule } from './config.js'
import { propertyOfType } from './groups.js'
import { objectNotFound, ProtocolErrors, type ProtocolError } from './protocol-errors.js'

export type AnyFunction = (this: unknown, ...args: unknown[]) => unknown

export interface FoundFunction {
  fn: AnyFunction
  /** The object that holds `fn`: its `this`. */
  holder: object
}

/** Resolves `(type, name)` to a function of the module, or the protocol's error. */
export function findFunction(module: ExtensionModule, type: string | undefined, name: string): FoundFunction | ProtocolError {
  let holder: unknown = module
  if (type !== undefined) {
    holder = ownMember(module, propertyOfType(type) ?? type)
    if (holder === undefined || holder === null) return objectNotFound(type)
  }
  if (typeof holder !== 'object' && typeof holder !== 'function') return ProtocolErrors.invalidFunction
  const fn = ownMember(holder as object, name)
  if (typeof fn !== 'function') return ProtocolErrors.invalidFunction
  return { fn: fn as AnyFunction, holder: holder as object }
}

const ROOTS = new Set<object | null>([Object.prototype, Function.prototype, null])

/**
 * A data property the user defined: on the object itself or on a class prototype of theirs,
 * never on Object.prototype or Function.prototype, and never a class's `constructor`.
 * The original used `object[name]`, which let `constructor` or `toString` be called.
 */
function ownMember(target: object, key: string): unknown {
  let current: object | null = target
  let isSelf = true
  while (!ROOTS.has(current)) {
    const descriptor = Object.getOwnPropertyDescriptor(current, key)
    if (descriptor) {
      if (!('value' in descriptor)) return undefined // accessors are not functions to call
      if (!isSelf && key === 'constructor') return undefined
      return descriptor.value
    }
    current = Object.getPrototypeOf(current) as object | null
    isSelf = false
  }
  return undefined
}
