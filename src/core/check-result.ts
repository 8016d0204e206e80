import { MAX_DEPTH, NOT_PLAIN, plainJsonLength } from './json-length.js'
import { ProtocolErrors, responseSizeExceeded, type ProtocolError } from './protocol-errors.js'

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
 * The same checks as serializeResult, for a host whose runtime serializes the result itself
 * (Lambda): the exact length is measured, not built. Undefined when the result may be sent.
 */
export function checkResult(value: unknown, maxResponseSize: number): ProtocolError | undefined {
  if (value === undefined) return undefined
  const length = plainJsonLength(value)
  if (length === NOT_PLAIN) return ProtocolErrors.notSerializable
  return length > maxResponseSize ? responseSizeExceeded(maxResponseSize) : undefined
}

/**
 * For plain JSON data (null, booleans, numbers, strings, arrays and plain objects of those):
 * a lower bound of its JSON length. For anything else (Date, Error, Map, Buffer, class
 * instance, function, cycle): NOT_PLAIN. Recursive: MAX_DEPTH bounds the stack to a thousand
 * small frames, and on a 3.7 MB page it takes ~40% less time than a walk with explicit stacks.
 */
export function plainDataMinLength(root: unknown): number {
  return typeof root === 'object' && root !== null ? containerLength(root, 0) : leafLength(root)
}

function containerLength(value: object, depth: number): number {
  if (depth >= MAX_DEPTH) return NOT_PLAIN
  const proto = Object.getPrototypeOf(value) as unknown
  if (proto === Array.prototype) {
    const array = value as unknown[]
    let length = 1 + array.length
    for (let i = 0; i < array.length; i++) {
      const item = array[i]
      if (typeof item === 'string') {
        length += item.length + 2 // the common leaves inline: ~30% faster on a page of records
        continue
      }
      const itemLength = typeof item === 'object' && item !== null ? containerLength(item, depth + 1) : leafLength(item)
      if (itemLength === NOT_PLAIN) return NOT_PLAIN
      length += itemLength
    }
    return length
  }
  if (proto !== Object.prototype && proto !== null) return NOT_PLAIN
  let length = 2
  for (const key in value) {
    const item = (value as Record<string, unknown>)[key]
    length += key.length + 3
    if (typeof item === 'string') {
      length += item.length + 2
      continue
    }
    if (typeof item === 'number') {
      length += 1
      continue
    }
    const itemLength = typeof item === 'object' && item !== null ? containerLength(item, depth + 1) : leafLength(item)
    if (itemLength === NOT_PLAIN) return NOT_PLAIN
    length += itemLength
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
