import type { ContractGroup, ContractKinds } from './contract-kinds.js'
import type { AnyFunction, MethodInStyleOf } from './method-types.js'

/**
 * The type of a method decorator that only accepts methods of kind `K` of group `G`, e.g.
 * what `@Hook('preMap')` returns. The method may be async (one parameter, returning the result or
 * a promise of it) or callback style (`(options, callback)`); either way a parameter or result type
 * that does not fit the kind is a compile error at the decorator.
 *
 * It has one signature per decorator mode. How (legacy): `experimentalDecorators` passes the method's `TypedPropertyDescriptor<F>`, so `F` is inferred
 * from the method; if `F` does not fit the kind in its own call style, the parameter becomes a
 * descriptor of the expected signature and the compiler reports the mismatch. Two simpler shapes fail:
 * `TypedPropertyDescriptor<MethodFor<G, K>>` rejects correct methods (`set` makes the descriptor
 * invariant), and `TypedPropertyDescriptor<F> & { value?: ... }` lets wrong results through (an
 * intersection target skips TypeScript's weak-type check, so `number[]` passed for `{ data?, errors? }[]`).
 */
export interface KindMethodDecorator<G extends ContractGroup, K extends keyof ContractKinds[G]> {
  /** Legacy (`experimentalDecorators`): the method arrives as its descriptor. */
  <F extends AnyFunction>(
    target: object,
    propertyKey: string | symbol,
    descriptor: [F] extends [MethodInStyleOf<F, G, K>] ? TypedPropertyDescriptor<F> : TypedPropertyDescriptor<NoInfer<MethodInStyleOf<F, G, K>>>,
  ): void
  /**
   * Standard (TC39): the method arrives as the value; `F` is inferred from the context, which
   * TypeScript types with the method's own signature, and the value is checked as above.
   */
  <F extends StandardMethod>(
    value: [F] extends [MethodInStyleOf<F, G, K>] ? F : NoInfer<MethodInStyleOf<F, G, K>>,
    context: ClassMethodDecoratorContext<never, F>,
  ): void
}

/** A method as a standard decorator's context types it (its `this` is the class, which this check leaves open). */
// biome-ignore lint/suspicious/noExplicitAny: the bound TypeScript's own ClassMethodDecoratorContext puts on Value
type StandardMethod = (this: never, ...args: any) => unknown
