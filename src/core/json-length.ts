/** Deeper than this is treated as a cycle: no real page of records nests a thousand levels. */
export const MAX_DEPTH = 1000
export const NOT_PLAIN = -1

/**
 * For plain JSON data (null, booleans, numbers, strings, arrays and plain objects of those):
 * exactly `JSON.stringify(value).length`, without building the string. For anything else
 * (Date, Error, Map, Buffer, class instance, function, cycle): NOT_PLAIN.
 * The Lambda host uses it: the runtime serializes the result itself, so serializing it here
 * too, only to measure it, would cost a second JSON.stringify per invocation.
 */
export function plainJsonLength(value: unknown): number {
  if (value === undefined) return NOT_PLAIN // JSON.stringify gives no text at all
  return typeof value === 'object' && value !== null ? containerLength(value, 0) : leafLength(value, true)
}

function containerLength(value: object, depth: number): number {
  if (depth >= MAX_DEPTH) return NOT_PLAIN
  const proto = Object.getPrototypeOf(value) as unknown
  if (proto === Array.prototype) {
    const array = value as unknown[]
    let length = array.length === 0 ? 2 : array.length + 1 // brackets and commas
    for (let i = 0; i < array.length; i++) {
      const item = array[i]
      const itemLength = typeof item === 'object' && item !== null ? containerLength(item, depth + 1) : leafLength(item, true)
      if (itemLength === NOT_PLAIN) return NOT_PLAIN
      length += itemLength
    }
    return length
  }
  if (proto !== Object.prototype && proto !== null) return NOT_PLAIN
  let length = 1 // '{'
  let members = 0
  for (const key in value) {
    const item = (value as Record<string, unknown>)[key]
    if (item === undefined) continue // JSON.stringify leaves the member out
    const itemLength = typeof item === 'object' && item !== null ? containerLength(item, depth + 1) : leafLength(item, false)
    if (itemLength === NOT_PLAIN) return NOT_PLAIN
    length += stringLength(key) + 1 + itemLength + 1 // "key":value and ',' or '}'
    members++
  }
  return members === 0 ? 2 : length
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
  return String(n).length
}
