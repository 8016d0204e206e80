import type { Callback } from '../core/config.js'
import type { ContractGroup, ContractKinds } from './contract-kinds.js'

/** The options of kind `K` of group `G`, e.g. `OptionsFor<'hook', 'preMap'>` is `PreMapOptions`. */
export type OptionsFor<G extends ContractGroup, K extends keyof ContractKinds[G]> = ContractKinds[G][K] extends { options: infer O } ? O : never

/** The result of kind `K` of group `G`, e.g. `ResultFor<'hook', 'preMap'>` is `PreMapResult`. */
export type ResultFor<G extends ContractGroup, K extends keyof ContractKinds[G]> = ContractKinds[G][K] extends { result: infer R } ? R : never

// Method-signature syntax on purpose: TypeScript compares method parameters bivariantly, so a
// function may declare narrower options than the kind's (`PreMapOptions<Order>`, typed settings)
// while unrelated ones (`PostMapOptions`, `string`) are still rejected.

/** Async (or plain return) style: `(options) => result | Promise<result>`. */
export type AsyncMethod<TOptions, TResult> = { method(options: TOptions): TResult | Promise<TResult> }['method']

/** Callback style: `(options, callback) => void`, answering through a Node-style callback. */
export type CallbackMethod<TOptions, TResult> = { method(options: TOptions, callback: Callback<TResult>): void }['method']

/** The async-style signature of kind `K` of group `G`. */
export type AsyncMethodFor<G extends ContractGroup, K extends keyof ContractKinds[G]> = AsyncMethod<OptionsFor<G, K>, ResultFor<G, K>>

/** The callback-style signature of kind `K` of group `G`. */
export type CallbackMethodFor<G extends ContractGroup, K extends keyof ContractKinds[G]> = CallbackMethod<OptionsFor<G, K>, ResultFor<G, K>>

/** Either signature a function of kind `K` of group `G` may have. */
export type MethodFor<G extends ContractGroup, K extends keyof ContractKinds[G]> = AsyncMethodFor<G, K> | CallbackMethodFor<G, K>

/** Any function: the upper bound of a function whose type is being checked. */
export type AnyFunction = (...args: never[]) => unknown

/**
 * Whether `F` is called in callback style, decided as the core decides it at run time: two or
 * more declared parameters (`fn.length >= 2`). A rest-parameter function may be either.
 */
export type CallStyleOf<F extends AnyFunction> = F extends (...args: infer A) => unknown
  ? number extends A['length']
    ? 'either'
    : A['length'] extends 0 | 1
      ? 'async'
      : 'callback'
  : never

/**
 * The signature `F` must satisfy to be a function of kind `K` of group `G`, in `F`'s own style.
 * (A plain union of both styles is not enough: every one-parameter function fits the callback
 * style, whose result type is `void`, so a wrong return type would pass.)
 */
export type MethodInStyleOf<F extends AnyFunction, G extends ContractGroup, K extends keyof ContractKinds[G]> = {
  async: AsyncMethodFor<G, K>
  callback: CallbackMethodFor<G, K>
  either: MethodFor<G, K>
}[CallStyleOf<F>]
