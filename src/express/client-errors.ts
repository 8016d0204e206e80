import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import type { Duplex } from 'node:stream'
import type { ProtocolError } from '../core/index.js'
import { HttpErrors } from './http-errors.js'

/** The answers Node writes itself for requests it cannot parse (its `clientError` default), with a JSON body. */
function answerFor(code: string | undefined): [number, string, ProtocolError] {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return [
        431,
        'Request Header Fields Too Large',
        { code: 'header_too_large', message: 'The request headers exceed the limit of the host (maxHeaderSize).' },
      ]
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return [413, 'Payload Too Large', { code: 'payload_too_large', message: 'The chunk extensions of the request body are too large.' }]
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return [408, 'Request Timeout', { code: 'request_timeout', message: 'The request was not received in time.' }]
    default:
      return [400, 'Bad Request', { code: 'bad_request', message: 'The request is not valid HTTP.' }]
  }
}

/** A whole HTTP/1.1 answer, for writing on a socket no ServerResponse owns. */
export const jsonAnswer = (status: number, reason: string, error: ProtocolError, extraHeaders = ''): string => {
  const text = JSON.stringify({ errors: [error] })
  return `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(text)}\r\n${extraHeaders}Connection: close\r\n\r\n${text}`
}

/**
 * The server's `clientError` listener: what Node's default does (answer unless a response has
 * started, then destroy the socket), with the protocol's `{errors}` body.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  const current = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage
  if (error.code !== 'ECONNRESET' && socket.writable && !current?.headersSent) {
    socket.write(jsonAnswer(...answerFor(error.code)))
  }
  socket.destroy(error)
}

/**
 * The server's `checkExpectation` listener: an `Expect` other than `100-continue` would get
 * Node's bare 417 with an empty body; this one says what the host understands.
 */
export function answerExpectationFailed(_request: IncomingMessage, response: ServerResponse): void {
  const text = JSON.stringify({ errors: [{ code: 'expectation_failed', message: 'The only Expect header the host understands is 100-continue.' }] })
  response.writeHead(417, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), Connection: 'close' })
  response.end(text) // Connection: close, so the body, if any, is never read
}

/** The server's `connect` listener: Node would close the socket without a word; a CONNECT gets the 404 any other method gets. */
export function answerConnect(request: IncomingMessage, socket: Duplex): void {
  socket.on('error', () => {}) // the client may be gone already
  // Destroyed once written: a client that never closes its side must not keep the socket.
  socket.end(jsonAnswer(404, 'Not Found', HttpErrors.notFound('CONNECT', request.url ?? '')), () => socket.destroy())
}
