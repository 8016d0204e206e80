/** A class whose instances are `T`. Parameters are `never` so that any constructor fits. */
export type Class<T = unknown> = new (...args: never[]) => T
export type AbstractClass<T = unknown> = abstract new (...args: never[]) => T

declare const tokenType: unique symbol

/** A symbol that carries the type it stands for, so `override()` can check values against it. */
export type InjectionToken<T> = symbol & { readonly [tokenType]?: T }

/** What a provider is known by: a class, a typed token, or any string or symbol. */
export type Token<T = unknown> = Class<T> | AbstractClass<T> | InjectionToken<T> | string | symbol

/** `const HTTP = createToken<Http>('HTTP')`: a unique token for a value that is not a class (an interface, a config). */
export function createToken<T>(description: string): InjectionToken<T> {
  return Symbol(description) as InjectionToken<T>
}

/** How error messages and manifests name a token. */
export function tokenName(token: unknown): string {
  if (typeof token === 'function') return token.name || '(anonymous class)'
  if (typeof token === 'symbol') return token.description ? `Symbol(${token.description})` : 'a symbol'
  if (typeof token === 'string') return JSON.stringify(token)
  return String(token)
}
