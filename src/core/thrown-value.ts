import type { ProtocolError } from './protocol-errors.js'

/** When a thrown value's message cannot be read or made a string (a Proxy, a null-prototype object). */
export const UNREADABLE_MESSAGE = 'The function failed with a value whose message cannot be read.'

/**
 * protocol.md §2: only `message` and `code` (else `name`) of a failure go on the wire.
 * Total: a getter or Proxy trap that throws, or a value String() cannot convert, never
 * escapes from here (it would turn a 422 into a 500, or kill the host from a fault handler).
 */
export function toProtocolError(error: unknown): ProtocolError {
  if ((typeof error !== 'object' && typeof error !== 'function') || error === null) {
    return { code: 'Error', message: safeString(error) ?? UNREADABLE_MESSAGE }
  }
  const code = readProperty(error, 'code')
  const name = typeof code === 'string' && code !== '' ? undefined : readProperty(error, 'name')
  const message = readProperty(error, 'message')
  return {
    code: typeof code === 'string' && code !== '' ? code : typeof name === 'string' && name !== '' ? name : 'Error',
    message: typeof message === 'string' ? message : message === UNREADABLE ? UNREADABLE_MESSAGE : (safeString(message ?? '') ?? UNREADABLE_MESSAGE),
  }
}

/** A thrown value as text for a log line (with its stack when asked and it has one); never throws. */
export function describeThrown(value: unknown, { stack: withStack = true }: { stack?: boolean } = {}): string {
  if (withStack && typeof value === 'object' && value !== null) {
    const stack = readProperty(value, 'stack')
    if (typeof stack === 'string' && stack !== '') return stack
  }
  const text = safeString(value)
  if (text !== undefined) return text
  try {
    return Object.prototype.toString.call(value)
  } catch {
    return '(a thrown value that cannot be read)'
  }
}

const UNREADABLE = Symbol('unreadable')

/** The property, or UNREADABLE when reading it throws. */
function readProperty(value: object, key: string): unknown {
  try {
    return (value as Record<string, unknown>)[key]
  } catch {
    return UNREADABLE
  }
}

function safeString(value: unknown): string | undefined {
  try {
    return String(value)
  } catch {
    return undefined
  }
}
