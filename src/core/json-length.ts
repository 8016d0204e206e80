/** Deeper than this is treated as a cycle: no real page of records nests a thousand levels. */
export const MAX_DEPTH = 1000
export const NOT_PLAIN = -1
/** The walk stopped early: the length is over the budget it was given (plainness not yet known). */
export const TOO_LONG = -2
/** The walk met more containers than a page of records has: go on with sharedAwareLength. */
export const MANY_CONTAINERS = -3
/**
 * Containers the fast walk visits before it hands over to sharedAwareLength, which counts each
 * shared sub-object once. A 3.7 MB page of 18,000 records has ~72,000 containers.
 */
export const CONTAINER_ALLOWANCE = 262_144

let containersLeft = 0

/**
 * For checkResult: NOT_PLAIN; TOO_LONG when `JSON.stringify(value).length` is over `budget`;
 * else a length within the budget that is at least the exact one. The first walk counts a
 * number off numberLength's fast path as LONGEST_NUMBER instead of formatting it: String(n) and
 * its garbage were ~6 ms of the ~22 ms walk of a 3.7 MB page of 18,000 records (→ ~16 ms, the
 * two walks alternated in one process). Only a result whose bound is over the budget is walked
 * again, exactly: one within ~24 characters a number of the limit pays for both walks.
 */
export function plainJsonLengthWithin(value: unknown, budget: number): number {
  boundedNumbers = false
  exactNumbers = false
  let bound: number
  try {
    bound = plainJsonLength(value, budget)
  } finally {
    exactNumbers = true // a getter that throws must not leave the bound on for the exact walk
  }
  return boundedNumbers && bound !== NOT_PLAIN && (bound === TOO_LONG || bound > budget) ? plainJsonLength(value, budget) : bound
}

/** False during plainJsonLengthWithin's first walk: numberLength may answer LONGEST_NUMBER. */
let exactNumbers = true
/** Whether the walk counted a number as LONGEST_NUMBER. */
let boundedNumbers = false
/** The longest `String(n)` of a finite number: 25, e.g. -0.0000012345678901234567 (17 digits). */
const LONGEST_NUMBER = 25

/**
 * For plain JSON data (null, booleans, numbers, strings, arrays and plain objects of those):
 * exactly `JSON.stringify(value).length`, without building the string (in the first walk of
 * plainJsonLengthWithin, an upper bound of it). For anything else (Date, Error, Map, Buffer,
 * class instance, function, cycle): NOT_PLAIN.
 * The Lambda host uses it: the runtime serializes the result itself, so serializing it here
 * too, only to measure it, would cost a second JSON.stringify per invocation.
 */
export function plainJsonLength(value: unknown, budget = Infinity): number {
  if (value === undefined) return NOT_PLAIN // JSON.stringify gives no text at all
  if (typeof value !== 'object' || value === null) return leafLength(value, true)
  containersLeft = CONTAINER_ALLOWANCE
  const length = containerLength(value, 0, budget)
  return length === MANY_CONTAINERS ? sharedAwareLength(value, budget) : length
}

/**
 * `budget`: stop with TOO_LONG once the length passes it. A result that reuses sub-objects
 * (2^25 leaves through 25 shared levels) would otherwise be walked leaf by leaf for seconds.
 */
function containerLength(value: object, depth: number, budget: number): number {
  if (depth >= MAX_DEPTH) return NOT_PLAIN
  if (--containersLeft < 0) return MANY_CONTAINERS
  const proto = Object.getPrototypeOf(value) as unknown
  if (proto === Array.prototype) {
    const array = value as unknown[]
    let length = array.length === 0 ? 2 : array.length + 1 // brackets and commas
    for (let i = 0; i < array.length; i++) {
      const item = array[i]
      const itemLength = typeof item === 'object' && item !== null ? containerLength(item, depth + 1, budget - length) : leafLength(item, true)
      if (itemLength < 0) return itemLength // NOT_PLAIN, TOO_LONG or MANY_CONTAINERS
      length += itemLength
    }
    return length > budget ? TOO_LONG : length
  }
  if (proto !== Object.prototype && proto !== null) return NOT_PLAIN
  let length = 1 // '{'
  let members = 0
  for (const key in value) {
    const item = (value as Record<string, unknown>)[key]
    if (item === undefined) continue // JSON.stringify leaves the member out
    // Strings first, as most members of a record are: the walk of a 3.7 MB page 0.93-0.99× (6 alternated runs).
    const itemLength =
      typeof item === 'string'
        ? stringLength(item)
        : typeof item === 'object' && item !== null
          ? containerLength(item, depth + 1, budget - length)
          : leafLength(item, false)
    if (itemLength < 0) return itemLength // NOT_PLAIN, TOO_LONG or MANY_CONTAINERS
    length += keyLength(key, depth, members) + 1 + itemLength + 1 // "key":value and ',' or '}'
    members++
  }
  return members === 0 ? 2 : length > budget ? TOO_LONG : length
}

function leafLength(value: unknown, inArray: boolean): number {
  switch (typeof value) {
    case 'string':
      return stringLength(value)
    case 'number':
      return numberLength(value)
    case 'boolean':
      return value ? 4 : 5
    case 'undefined':
      return inArray ? 4 : NOT_PLAIN // `null` in an array; objects skip undefined before this
    default:
      return value === null ? 4 : NOT_PLAIN // function, symbol, bigint
  }
}

// What JSON.stringify escapes: '"', '\', controls, and lone surrogates (pairs stay as they are).
const MAY_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/

/**
 * The records of a page repeat their keys in the same order: each key's length is kept in a
 * slot for its depth and place in its object, and a key equal to the last one in its slot is
 * not scanned again. The walk of a 3.7 MB page of 18,000 records (198,000 keys, 11 distinct):
 * 16.0-17.1 → 11.2-11.4 ms, alternated in one process; with a Map of key lengths, 12.8-13.6 ms.
 */
const slotKeys: string[] = new Array(256).fill('')
const slotKeyLengths: number[] = new Array(256).fill(2)

function keyLength(key: string, depth: number, place: number): number {
  const slot = ((depth & 7) << 5) | (place & 31)
  if (slotKeys[slot] === key) return slotKeyLengths[slot]
  const length = stringLength(key)
  if (key.length <= 64) {
    // Long keys are scanned each time: the slots hold no more than 256 short strings between calls.
    slotKeys[slot] = key
    slotKeyLengths[slot] = length
  }
  return length
}

function stringLength(text: string): number {
  if (!MAY_ESCAPE.test(text)) return text.length + 2
  let length = 2
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x22 || c === 0x5c) length += 2
    else if (c < 0x20) length += c === 0x08 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d ? 2 : 6
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0
      if (next >= 0xdc00 && next <= 0xdfff) {
        length += 2
        i++
      } else length += 6
    } else if (c >= 0xdc00 && c <= 0xdfff) length += 6
    else length += 1
  }
  return length
}

function numberLength(n: number): number {
  if (!Number.isFinite(n)) return 4 // null
  if (Number.isInteger(n) && n >= 0 && n < 1e9) {
    return n < 10 ? 1 : n < 100 ? 2 : n < 1e3 ? 3 : n < 1e4 ? 4 : n < 1e5 ? 5 : n < 1e6 ? 6 : n < 1e7 ? 7 : n < 1e8 ? 8 : 9
  }
  if (exactNumbers) return String(n).length
  boundedNumbers = true
  return LONGEST_NUMBER
}

/**
 * Whether a value is plain JSON data, each shared sub-object checked once: after a TOO_LONG
 * walk, so that a result both too long and not plain still gets invalid_extension_response
 * (protocol.md §2: the serializability check comes first). MAX_DEPTH still stands for a cycle.
 */
export function isPlainData(root: unknown): boolean {
  const checked = new Set<object>()
  const visit = (value: unknown, depth: number): boolean => {
    if (typeof value !== 'object' || value === null) {
      return typeof value !== 'function' && typeof value !== 'symbol' && typeof value !== 'bigint'
    }
    if (checked.has(value)) return true
    if (depth >= MAX_DEPTH) return false
    const proto = Object.getPrototypeOf(value) as unknown
    if (proto === Array.prototype) {
      for (const item of value as unknown[]) if (!visit(item, depth + 1)) return false
    } else if (proto === Object.prototype || proto === null) {
      for (const key in value) if (!visit((value as Record<string, unknown>)[key], depth + 1)) return false
    } else return false
    checked.add(value)
    return true
  }
  return visit(root, 0)
}

/**
 * plainJsonLength for a result with many containers: the same exact length, NOT_PLAIN or
 * TOO_LONG, but each sub-object's length is computed once however often it is reused, so a
 * result of 2^25 leaves through 25 shared levels costs 25 steps, not 2^25.
 */
export function sharedAwareLength(root: unknown, budget = Infinity): number {
  if (root === undefined) return NOT_PLAIN
  const known = new Map<object, number>()
  const measure = (value: object, depth: number): number => {
    const seen = known.get(value)
    if (seen !== undefined) return seen
    if (depth >= MAX_DEPTH) return NOT_PLAIN
    const proto = Object.getPrototypeOf(value) as unknown
    let length: number
    if (proto === Array.prototype) {
      const array = value as unknown[]
      length = array.length === 0 ? 2 : array.length + 1
      for (let i = 0; i < array.length; i++) {
        const item = array[i]
        const itemLength = typeof item === 'object' && item !== null ? measure(item, depth + 1) : leafLength(item, true)
        if (itemLength < 0) return itemLength
        length += itemLength
        if (length > budget) return TOO_LONG
      }
    } else if (proto === Object.prototype || proto === null) {
      length = 1
      let members = 0
      for (const key in value) {
        const item = (value as Record<string, unknown>)[key]
        if (item === undefined) continue
        const itemLength = typeof item === 'object' && item !== null ? measure(item, depth + 1) : leafLength(item, false)
        if (itemLength < 0) return itemLength
        length += keyLength(key, depth, members) + 1 + itemLength + 1
        members++
        if (length > budget) return TOO_LONG
      }
      if (members === 0) length = 2
    } else return NOT_PLAIN
    known.set(value, length)
    return length
  }
  return typeof root === 'object' && root !== null ? measure(root, 0) : leafLength(root, true)
}
