import net from 'node:net'

export interface RawAnswer {
  status: number | undefined
  head: string
  body: string
  /** The server closed the connection (end or reset) before `waitMs`. */
  closed: boolean
  /** ms from the first byte written to the first byte of the answer */
  answeredAfterMs: number | undefined
}

/**
 * Writes `head` (and `body`, if any) on a fresh TCP connection and collects what comes back for
 * at most `waitMs`: for requests an HTTP client would not send (headers only, endless bodies).
 * `feed`, if given, is called until it returns false or the answer starts, to keep a body coming.
 */
export function rawRequest(
  port: number,
  head: string,
  options: { body?: Buffer; waitMs?: number; feed?: (socket: net.Socket) => boolean } = {},
): Promise<RawAnswer> {
  const { waitMs = 5_000 } = options
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    const chunks: Buffer[] = []
    const started = Date.now()
    let answeredAfterMs: number | undefined
    let closed = false
    let settled = false
    const settle = (): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      socket.destroy()
      const text = Buffer.concat(chunks).toString('latin1')
      const split = text.indexOf('\r\n\r\n')
      const headText = split === -1 ? text : text.slice(0, split)
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(headText)?.[1]
      resolve({
        status: status === undefined ? undefined : Number(status),
        head: headText,
        body: split === -1 ? '' : Buffer.from(text.slice(split + 4), 'latin1').toString('utf8'),
        closed,
        answeredAfterMs,
      })
    }
    const timer = setTimeout(settle, waitMs)
    socket.on('data', (chunk: Buffer) => {
      answeredAfterMs ??= Date.now() - started
      chunks.push(chunk)
    })
    socket.on('error', () => {
      closed = true
      settle()
    })
    socket.on('end', () => {
      closed = true
      settle()
    })
    socket.on('connect', () => {
      socket.write(head)
      if (options.body) socket.write(options.body)
      const feed = options.feed
      if (!feed) return
      const pump = (): void => {
        while (answeredAfterMs === undefined && !socket.destroyed) {
          if (!feed(socket)) return
          if (socket.writableNeedDrain) return void socket.once('drain', pump)
        }
      }
      pump()
    })
  })
}

/** The last response's JSON body of a raw answer (after any 1xx). */
export function rawJson(answer: RawAnswer): unknown {
  return JSON.parse(answer.body)
}
