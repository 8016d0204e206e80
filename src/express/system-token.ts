import { createHash, timingSafeEqual } from 'node:crypto'

// Tokens up to this many UTF-8 bytes are compared as they are, zero-padded to this width;
// longer ones as SHA-256 digests. Hashing every candidate cost ~10 µs per call (bench/).
const WIDTH = 256
const HASHED = WIDTH + 1

/**
 * Accepts any of the configured tokens. Every comparison covers the same WIDTH bytes and every
 * token is compared (no early exit), so the time taken says nothing of the tokens' content or length.
 */
export function createTokenCheck(tokens: string | readonly string[]): (candidate: string | undefined) => boolean {
  const expected = (typeof tokens === 'string' ? [tokens] : tokens).map((token) => {
    const bytes = Buffer.alloc(WIDTH)
    return { bytes, length: encode(token, bytes) }
  })
  const given = Buffer.alloc(WIDTH)
  return (candidate) => {
    if (typeof candidate !== 'string' || candidate === '') return false
    const length = encode(candidate, given)
    let match = false
    for (const token of expected) match = (timingSafeEqual(given, token.bytes) && length === token.length) || match
    return match
  }
}

/** Writes `value` zero-padded into `target` (WIDTH bytes); returns its byte length, or HASHED for a digest. */
function encode(value: string, target: Buffer): number {
  target.fill(0)
  if (Buffer.byteLength(value) <= WIDTH) return target.write(value, 'utf8')
  createHash('sha256').update(value).digest().copy(target)
  return HASHED
}

const BEARER = /^bearer\s+(\S+)\s*$/i

/** protocol.md §3: `Authorization: Bearer` (any case), else `access_token` in the body, else in the query. */
export function findSystemToken(authorization: string | undefined, body: unknown, query: unknown): string | undefined {
  const fromHeader = bearerToken(authorization)
  if (fromHeader) return fromHeader
  const fromBody = ownString(body, 'access_token')
  if (fromBody !== undefined) return fromBody
  return ownString(query, 'access_token')
}

/** The token of an `Authorization: Bearer` header; when there is one it wins, so it can be checked before the body is read. */
export function bearerToken(authorization: string | undefined): string | undefined {
  return authorization ? BEARER.exec(authorization)?.[1] : undefined
}

export function ownString(source: unknown, key: string): string | undefined {
  if (typeof source !== 'object' || source === null || !Object.hasOwn(source, key)) return undefined
  const value = (source as Record<string, unknown>)[key]
  return typeof value === 'string' ? value : undefined
}
