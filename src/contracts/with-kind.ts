import { FUNCTION_KIND } from '../core/function-kind.js'
import type { ContractGroup, ContractKind, ContractKinds } from './contract-kinds.js'
import { CONTRACT_KINDS } from './kind-names.js'
import type { AnyFunction, AsyncMethodFor, CallbackMethodFor, CallStyleOf } from './method-types.js'

/** The async signatures of kind name `K` in every group that has it (`update` is in two). */
export type AsyncMethodForKind<K extends ContractKind> = {
  [G in ContractGroup]: K extends keyof ContractKinds[G] ? AsyncMethodFor<G, K> : never
}[ContractGroup]

/** The callback signatures of kind name `K` in every group that has it. */
export type CallbackMethodForKind<K extends ContractKind> = {
  [G in ContractGroup]: K extends keyof ContractKinds[G] ? CallbackMethodFor<G, K> : never
}[ContractGroup]

const KNOWN_KINDS: ReadonlySet<string> = new Set(Object.values(CONTRACT_KINDS).flat())

/**
 * Marks a plain-config function with its contract kind, for `strictContracts` checks, and makes the
 * compiler check it against that kind (parameter and result, async or callback style):
 *
 * ```ts
 * hooks: { cleanOrders: withKind('preMap', (options) => options.data.map((record) => ({ data: record }))) }
 * ```
 *
 * Returns `fn` itself. Not needed when the function's name in its group is the kind's name
 * (`hooks.preMap`): the checks infer the kind from it.
 */
// Callback style first, with its style check as a rest parameter: this order and shape keep the
// parameters of an unannotated arrow function contextually typed in both styles.
export function withKind<K extends ContractKind, F extends CallbackMethodForKind<K>>(
  kind: K,
  fn: F,
  ..._callbackStyle: CallStyleOf<F> extends 'async' ? [never] : []
): F
export function withKind<K extends ContractKind, F extends AsyncMethodForKind<K>>(kind: K, fn: F): F
export function withKind(kind: string, fn: AnyFunction): AnyFunction {
  if (!KNOWN_KINDS.has(kind)) {
    throw new TypeError(`withKind: "${String(kind)}" is not a documented function kind. Use one of: ${[...KNOWN_KINDS].join(', ')}.`)
  }
  if (typeof fn !== 'function') throw new TypeError(`withKind('${kind}', fn): fn must be a function, got ${typeof fn}.`)
  // Non-enumerable: the mark must not show up when a module is listed or copied.
  Object.defineProperty(fn, FUNCTION_KIND, { value: kind, configurable: true, writable: true, enumerable: false })
  return fn
}
