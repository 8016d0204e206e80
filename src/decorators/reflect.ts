import { standardOwn } from './standard/read-standard.js'

type Key = string
type Target = object

/** The part of reflect-metadata's API we use, typed locally so no global types leak to users. */
interface ReflectMetadata {
  defineMetadata(key: Key, value: unknown, target: Target): void
  getOwnMetadata(key: Key, target: Target): unknown
  getMetadata(key: Key, target: Target): unknown
}

let api: ReflectMetadata | undefined

/**
 * Loads reflect-metadata on first use. Decorator factories call this before TypeScript's
 * `__metadata(...)` helpers run, so `design:paramtypes` is kept even if the user forgot
 * `import 'reflect-metadata'`; plain-API users never load it.
 */
export function reflect(): ReflectMetadata {
  if (api) return api
  if (typeof (Reflect as Partial<ReflectMetadata>).getOwnMetadata !== 'function') require('reflect-metadata')
  api = Reflect as unknown as ReflectMetadata
  return api
}

/** What a decorator recorded on `target` itself, in either mode: reflect-metadata (legacy) or `[Symbol.metadata]` (standard). */
export function getOwn<T>(key: Key, target: Target): T | undefined {
  return (reflect().getOwnMetadata(key, target) ?? standardOwn(key, target)) as T | undefined
}

export function defineOwn(key: Key, value: unknown, target: Target): void {
  reflect().defineMetadata(key, value, target)
}

/** Appends to a list kept on `target` itself: a subclass never writes into its base's list. */
export function appendOwn<T>(key: Key, item: T, target: Target): void {
  const list = getOwn<readonly T[]>(key, target) ?? []
  defineOwn(key, [...list, item], target)
}

/** Own metadata of `cls` and each class it extends, nearest first. */
export function getChain<T>(key: Key, cls: Function): T[] {
  const found: T[] = []
  for (let current: unknown = cls; typeof current === 'function' && current !== Function.prototype; current = Object.getPrototypeOf(current)) {
    const value = getOwn<T>(key, current)
    if (value !== undefined) found.push(value)
  }
  return found
}
