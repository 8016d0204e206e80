import type { ProtocolError } from './protocol-errors.js'

/** An `Error` carrying a protocol `code`, as the original's config errors were. */
export class ExtensionError extends Error implements ProtocolError {
  readonly code: string

  constructor(error: ProtocolError) {
    super(error.message)
    this.name = 'ExtensionError'
    this.code = error.code
  }
}

/** A failed call, as thrown by in-process invocation: the same errors the hosts send with 422. */
export class ExtensionCallError extends Error {
  readonly statusCode: number
  readonly errors: readonly ProtocolError[]

  constructor(statusCode: number, errors: readonly ProtocolError[]) {
    super(errors.map((e) => `${e.code}: ${e.message}`).join('; '))
    this.name = 'ExtensionCallError'
    this.statusCode = statusCode
    this.errors = errors
  }
}
