import type { ContractGroup, ContractKinds } from './contract-kinds.js'
import type { AnyFunction, MethodInStyleOf } from './method-types.js'

/**
 * The type of a method decorator that only accepts methods of kind `K` of group `G`, e.g.
 * what `@Hook('preMap')` returns. The method may be async (one parameter, returning the result or
 * a promise of it) or callback style (`(options, callback)`); either way a parameter or result type
 * that does not fit the kind is a compile error at the decorator.
 *
 * How: `experimentalDecorators` passes the method's `TypedPropertyDescriptor<F>`, so `F` is inferred
 * from the method, and the extra `value` constraint (with `NoInfer`, so it does not take part in
 * inference) requires `F` to fit the kind in its own style. A plain `TypedPropertyDescriptor<MethodFor<...>>`
 * parameter would not work: the descriptor's `set` makes it invariant, rejecting correct methods.
 */
export type KindMethodDecorator<G extends ContractGroup, K extends keyof ContractKinds[G]> = <F extends AnyFunction>(
  target: object,
  propertyKey: string | symbol,
  descriptor: TypedPropertyDescriptor<F> & { value?: NoInfer<MethodInStyleOf<F, G, K>> },
) => void
