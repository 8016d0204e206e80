import type { ServerResponse } from 'node:http'
import type { ProtocolError } from '../core/index.js'
import { clip } from '../logging/clip.js'

/** Errors of the HTTP layer, in the protocol's `{errors:[{code,message}]}` shape. */
export const HttpErrors = {
  invalidJson: (detail: string): ProtocolError => ({ code: 'invalid_json', message: `The request body is not valid JSON: ${detail}` }),
  bodyTooLarge: (limit: string | number): ProtocolError => ({
    code: 'payload_too_large',
    message: `The request body exceeds the limit of ${limit}.`,
  }),
  unsupportedMediaType: { code: 'unsupported_media_type', message: 'The request body must be JSON (Content-Type: application/json).' },
  bodyNotObject: { code: 'invalid_body', message: 'The request body must be a JSON object.' },
  unsupportedEncoding: (detail: string): ProtocolError => ({ code: 'unsupported_encoding', message: detail }),
  notFound: (method: string, path: string): ProtocolError => ({ code: 'not_found', message: `Cannot ${method} ${clip(path)}` }),
  noHttpVersion: { code: 'bad_request', message: 'The request line has no HTTP version (HTTP/0.9 is not served).' },
  internal: { code: 'internal_error', message: 'The extension host failed to handle the request.' },
  busy: (limit: number): ProtocolError => ({
    code: 'server_busy',
    message: `The extension host already holds ${limit} bytes of request bodies (maxBufferedBytes); retry later.`,
  }),
  tooManyConnections: (limit: number): ProtocolError => ({
    code: 'server_busy',
    message: `The extension host already holds ${limit} connections (maxConnections); retry later.`,
  }),
} as const

/**
 * Writes a JSON body with one set of headers: the hot path skips res.json's second stringify and
 * ETag hashing, and writeHead with a flat header list skips setHeader's per-header bookkeeping.
 */
export function sendJson(res: ServerResponse, statusCode: number, body: string): void {
  res.writeHead(statusCode, ['Content-Type', 'application/json; charset=utf-8', 'Content-Length', String(Buffer.byteLength(body))])
  res.end(body)
}

export function sendErrors(res: ServerResponse, statusCode: number, errors: readonly ProtocolError[]): void {
  recordAnswer(res, errors)
  sendJson(res, statusCode, JSON.stringify({ errors }))
}

// The code a response answered, kept on the response itself: the access line's errorCode is
// then what the caller read, whichever path answered (fast path, Express route, shutdown).
const ANSWERED_CODE = Symbol('integrator-extension.answeredCode')
type Answered = ServerResponse & { [ANSWERED_CODE]?: string }

function recordAnswer(res: ServerResponse, errors: readonly ProtocolError[]): void {
  ;(res as Answered)[ANSWERED_CODE] = errors[0]?.code
}

/** The code of the first error this response answered, if it answered errors. */
export function answeredErrorCode(res: ServerResponse): string | undefined {
  return (res as Answered)[ANSWERED_CODE]
}

export const BUSY_RETRY_AFTER_SECONDS = 5

/**
 * Refuses a request whose body is not (or no longer) read: the answer says `Connection: close`,
 * so Node closes the socket once it is written and the rest of the body is never read.
 */
export function refuseAndClose(res: ServerResponse, statusCode: number, errors: readonly ProtocolError[], headers: readonly string[] = []): void {
  if (res.headersSent) return void res.socket?.destroy()
  recordAnswer(res, errors)
  const body = JSON.stringify({ errors })
  res.writeHead(statusCode, [
    'Content-Type',
    'application/json; charset=utf-8',
    'Content-Length',
    String(Buffer.byteLength(body)),
    'Connection',
    'close',
    ...headers,
  ])
  res.end(body)
}
