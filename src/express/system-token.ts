import { createHash, timingSafeEqual } from 'node:crypto'

/**
 * Accepts any of the configured tokens. Both sides are hashed first so that the comparison
 * takes the same time whatever the lengths, and every token is compared (no early exit).
 */
export function createTokenCheck(tokens: string | readonly string[]): (candidate: string | undefined) => boolean {
  const digests = (typeof tokens === 'string' ? [tokens] : tokens).map(digest)
  return (candidate) => {
    if (typeof candidate !== 'string' || candidate === '') return false
    const given = digest(candidate)
    let match = false
    for (const expected of digests) match = timingSafeEqual(given, expected) || match
    return match
  }
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest()
}

const BEARER = /^bearer\s+(\S+)\s*$/i

/** protocol.md §3: `Authorization: Bearer` (any case), else `access_token` in the body, else in the query. */
export function findSystemToken(authorization: string | undefined, body: unknown, query: unknown): string | undefined {
  const fromHeader = authorization ? BEARER.exec(authorization)?.[1] : undefined
  if (fromHeader) return fromHeader
  const fromBody = ownString(body, 'access_token')
  if (fromBody !== undefined) return fromBody
  return ownString(query, 'access_token')
}

function ownString(source: unknown, key: string): string | undefined {
  if (typeof source !== 'object' || source === null || !Object.hasOwn(source, key)) return undefined
  const value = (source as Record<string, unknown>)[key]
  return typeof value === 'string' ? value : undefined
}
