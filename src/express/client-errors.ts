import type { Socket } from 'node:net'
import type { ProtocolError } from '../core/index.js'

/** The answers Node writes itself for requests it cannot parse (its `clientError` default), with a JSON body. */
function answerFor(code: string | undefined): [number, string, ProtocolError] {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return [431, 'Request Header Fields Too Large', { code: 'header_too_large', message: 'The request headers exceed the limit of the host (maxHeaderSize).' }]
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return [413, 'Payload Too Large', { code: 'payload_too_large', message: 'The chunk extensions of the request body are too large.' }]
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return [408, 'Request Timeout', { code: 'request_timeout', message: 'The request was not received in time.' }]
    default:
      return [400, 'Bad Request', { code: 'bad_request', message: 'The request is not valid HTTP.' }]
  }
}

/**
 * The server's `clientError` listener: what Node's default does (answer unless a response has
 * started, then destroy the socket), with the protocol's `{errors}` body.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  const current = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage
  if (error.code !== 'ECONNRESET' && socket.writable && !current?.headersSent) {
    const [status, reason, body] = answerFor(error.code)
    const text = JSON.stringify({ errors: [body] })
    socket.write(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`,
    )
  }
  socket.destroy(error)
}
