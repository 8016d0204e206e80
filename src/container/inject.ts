import type { Token } from '../decorators/token.js'
import { tokenName } from '../decorators/token.js'
import { InjectContextError } from '../errors/framework-errors.js'
import { Messages } from '../errors/messages.js'

/** `inject(token, { optional: true })`: `undefined` when nothing in the module provides the token. */
export interface InjectOptions {
  readonly optional?: boolean
}

/** One class (or factory) the container is creating now, and how to resolve tokens for it. */
export interface Creation {
  /** How messages name the creator: a class name, or 'the factory of X'. */
  readonly owner: string
  /** The token being resolved for it by `inject()`, while that runs: the next link of a cycle. */
  injecting: Token | undefined
  resolve(token: Token, optional: boolean): unknown
}

// Containers create instances synchronously (providers are synchronous), so a stack is exact:
// the top is the class whose field initializers or constructor body is running now.
const creating: Creation[] = []

/**
 * The provider of `token` in the module of the class being created, for use in that class's
 * field initializers and constructor body (`private readonly client = inject(Client)`), or in a
 * `useFactory`. Needs no decorator metadata, so it works with every compiler and decorator mode.
 * Anywhere else it throws InjectContextError, `optional` or not.
 */
export function inject<T>(token: Token<T>, options?: { readonly optional?: false }): T
export function inject<T>(token: Token<T>, options: { readonly optional: true }): T | undefined
export function inject<T>(token: Token<T>, options?: InjectOptions): T | undefined
export function inject<T>(token: Token<T>, options?: InjectOptions): T | undefined {
  const creation = creating[creating.length - 1]
  if (creation === undefined) throw new InjectContextError(Messages.injectOutsideCreation(tokenName(token)))
  return creation.resolve(token, options?.optional === true) as T | undefined
}

/** Runs `create` with `creation` as the target of `inject()`. */
export function whileCreating<T>(creation: Creation, create: () => T): T {
  creating.push(creation)
  try {
    return create()
  } finally {
    creating.pop()
  }
}

/** The creations in progress from the first one `isSame` matches, for naming a cycle. */
export function creationsSince(isSame: (creation: Creation) => boolean): readonly Creation[] {
  const first = creating.findIndex(isSame)
  return first === -1 ? [] : creating.slice(first)
}
