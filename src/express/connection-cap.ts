import type http from 'node:http'
import type { Socket } from 'node:net'
import { jsonAnswer } from './client-errors.js'
import { BUSY_RETRY_AFTER_SECONDS, HttpErrors } from './http-errors.js'

// How long a refused socket may stay open for its 503 to reach the client before it is cut.
const REFUSED_LINGER_MS = 2_000
const REFUSED = Symbol('integrator-extension.refusedConnection')
type Marked = Socket & { [REFUSED]?: true }

/**
 * `maxConnections`: a connection past the cap gets a 503 `server_busy` with `Retry-After`
 * written on its raw socket, and is closed; those already open go on. Node's own
 * `server.maxConnections` would close it without a word. Runs before Node's HTTP listener.
 */
export function capConnections(server: http.Server, limit: number): void {
  if (limit === Infinity) return
  let open = 0
  server.prependListener('connection', (socket: Socket) => {
    if (open < limit) {
      open++
      socket.once('close', () => open--)
      return
    }
    ;(socket as Marked)[REFUSED] = true
    socket.on('error', () => {}) // the client may be gone already
    // end(), not destroy(): a request the client already sent is read (and ignored), so closing
    // does not reset the connection before the client has read its 503.
    socket.end(jsonAnswer(503, 'Service Unavailable', HttpErrors.tooManyConnections(limit), `Retry-After: ${BUSY_RETRY_AFTER_SECONDS}\r\n`))
    const cut = setTimeout(() => socket.destroy(), REFUSED_LINGER_MS)
    cut.unref()
    socket.once('close', () => clearTimeout(cut))
  })
}

/** A request that arrived on a refused connection: answered already, not to be served. */
export function onRefusedConnection(req: http.IncomingMessage): boolean {
  return (req.socket as Marked)[REFUSED] === true
}
