import { ProtocolErrors, responseSizeExceeded, type ProtocolError } from './protocol-errors.js'

/** Deeper than this is treated as a cycle: no real page of records nests a thousand levels. */
const MAX_DEPTH = 1000
const NOT_PLAIN = -1

/**
 * protocol.md §2: the result must be plain JSON data (checked first), and its serialized
 * length at most `maxResponseSize`. Returns the body to send, serialized once, here.
 * `undefined` is an empty body.
 */
export function serializeResult(value: unknown, maxResponseSize: number): { body: string } | { error: ProtocolError } {
  if (value === undefined) return { body: '' }
  const minLength = plainDataMinLength(value)
  if (minLength === NOT_PLAIN) return { error: ProtocolErrors.notSerializable }
  // A result that cannot fit is refused before it is serialized: a 100 MB page costs no 100 MB string.
  if (minLength > maxResponseSize) return { error: responseSizeExceeded(maxResponseSize) }
  const body = JSON.stringify(value)
  if (body.length > maxResponseSize) return { error: responseSizeExceeded(maxResponseSize) }
  return { body }
}

/**
 * For plain JSON data (null, booleans, numbers, strings, arrays and plain objects of those):
 * a lower bound of its JSON length. For anything else (Date, Error, Map, Buffer, class
 * instance, function, cycle): NOT_PLAIN. Iterative, so deep input cannot overflow the stack.
 */
export function plainDataMinLength(root: unknown): number {
  if (typeof root !== 'object' || root === null) return leafLength(root)
  const values: unknown[] = [root]
  const depths: number[] = [0]
  let length = 0
  while (values.length > 0) {
    const value = values.pop() as object
    const depth = depths.pop() as number
    if (depth >= MAX_DEPTH) return NOT_PLAIN
    const proto = Object.getPrototypeOf(value) as unknown
    if (proto === Array.prototype) {
      const array = value as unknown[]
      length += 1 + array.length
      for (let i = 0; i < array.length; i++) {
        const item = array[i]
        if (typeof item === 'object' && item !== null) {
          values.push(item)
          depths.push(depth + 1)
        } else {
          const leaf = leafLength(item)
          if (leaf === NOT_PLAIN) return NOT_PLAIN
          length += leaf
        }
      }
    } else if (proto === Object.prototype || proto === null) {
      length += 2
      for (const key in value) {
        const item = (value as Record<string, unknown>)[key]
        if (typeof item === 'object' && item !== null) {
          values.push(item)
          depths.push(depth + 1)
        } else {
          const leaf = leafLength(item)
          if (leaf === NOT_PLAIN) return NOT_PLAIN
          length += leaf
        }
        length += key.length + 3
      }
    } else {
      return NOT_PLAIN
    }
  }
  return length
}

function leafLength(value: unknown): number {
  switch (typeof value) {
    case 'string':
      return value.length + 2
    case 'number':
    case 'boolean':
      return 1
    case 'undefined':
      return 0 // dropped from objects by JSON.stringify, `null` in arrays
    default:
      return value === null ? 4 : NOT_PLAIN // function, symbol, bigint
  }
}
