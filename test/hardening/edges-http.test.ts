import net from 'node:net'
import zlib from 'node:zlib'
import { expect } from 'chai'
import { rawRequest } from '../support/raw-http.js'
import { startTestServer, TOKEN, type TestServer } from '../support/test-server.js'

const functions = { hooks: { echo: (options: unknown) => options, slow: () => new Promise((resolve) => setTimeout(() => resolve('late'), 400)) } }
const CALL = { diy: true, type: 'hook', function: 'echo', options: { v: 1 } }
const UNAUTHORIZED = { errors: [{ code: 'unauthorized', message: 'Invalid system token.' }] }

const postHead = (headers: Record<string, string | number>, url = '/function'): string =>
  `POST ${url} HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers['Content-Type'] === undefined ? 'Content-Type: application/json\r\n' : ''}${Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('')}\r\n`

const post = (server: TestServer, body: string, headers: Record<string, string> = {}, query = '') =>
  fetch(`${server.url}/function${query}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body }).then(async (r) => ({
    status: r.status,
    json: (await r.json()) as unknown,
  }))

describe('trust at the edges: the HTTP host (issue 11)', function () {
  this.timeout(30_000)
  let server: TestServer
  const port = (): number => server.server.port as number
  before(async () => {
    server = await startTestServer({ diy: functions, bodyLimit: '1mb', maxBufferedBytes: '3mb' })
  })
  after(() => server.close())

  describe('4. the token is checked before the body is read', () => {
    for (const [path, extra] of [
      ['the fast path', {}],
      ['a compressed body', { 'Content-Encoding': 'gzip' }],
      ['the Express route (another charset)', { 'Content-Type': 'application/json; charset=utf-16le' }],
    ] as const) {
      it(`${path}: a wrong Bearer token gets its 401 with none of the body sent, and the connection is closed`, async () => {
        const answer = await rawRequest(port(), postHead({ Authorization: 'Bearer wrong', 'Content-Length': 800_000, ...extra }))
        expect(answer.status).to.equal(401)
        expect(JSON.parse(answer.body)).to.deep.equal(UNAUTHORIZED)
        expect(answer.head).to.match(/^WWW-Authenticate: invalid system token$/im)
        expect(answer.closed, 'connection closed without waiting for the body').to.equal(true)
      })
    }

    it('Expect: 100-continue with a wrong Bearer token: 401 at once, no 100 Continue inviting the body', async () => {
      const answer = await rawRequest(port(), postHead({ Authorization: 'Bearer wrong', Expect: '100-continue', 'Content-Length': 800_000 }))
      expect(answer.status, answer.head).to.equal(401)
      expect(answer.closed).to.equal(true)
      // the right token, or none (the body may carry it), is still invited
      for (const headers of [{ Authorization: `Bearer ${TOKEN}` }, {}] as Array<Record<string, string>>) {
        const invited = await rawRequest(port(), postHead({ ...headers, Expect: '100-continue', 'Content-Length': 2 }), { waitMs: 1_000 })
        expect(invited.status, invited.head).to.equal(100)
      }
      const call = JSON.stringify(CALL)
      const served = await rawRequest(
        port(),
        postHead({ Authorization: `Bearer ${TOKEN}`, Expect: '100-continue', 'Content-Length': call.length, Connection: 'close' }),
        { body: Buffer.from(call) },
      )
      expect(served.body, 'after the 100, the call is served').to.match(/^HTTP\/1\.1 200 OK\r\n[\s\S]*\{"v":1\}$/)
    })

    it('without a Bearer header, a body without a valid token is refused unparsed (401, not 400 invalid_json)', async () => {
      expect(await post(server, '{"diy":true, broken')).to.deep.equal({ status: 401, json: UNAUTHORIZED })
      expect(await post(server, `{"access_token":"wrong", broken`)).to.deep.equal({ status: 401, json: UNAUTHORIZED })
      // with the token, the same body is parsed and its error told
      expect((await post(server, `{"access_token":"${TOKEN}", broken`)).status).to.equal(400)
    })

    it('the body token is found as JSON.parse reads it: escapes, duplicates (last wins), nesting, the query as fallback', async () => {
      const body = (extra: string) => `{"diy":true,"type":"hook","function":"echo","options":{"access_token":"nested","s":"a\\"}{,"}${extra}}`
      expect((await post(server, body(`,"access\\u005ftoken":"${TOKEN}"`))).status).to.equal(200)
      expect((await post(server, body(`,"access_token":"wrong","access_token":"${TOKEN}"`))).status).to.equal(200)
      expect((await post(server, body(`,"access_token":"${TOKEN}","access_token":"wrong"`))).status).to.equal(401)
      expect((await post(server, body(`,"x":{"access_token":"${TOKEN}"}`))).status).to.equal(401)
      expect(
        (await post(server, body(`,"access_token":"${TOKEN.slice(0, 4)}\\u${TOKEN.charCodeAt(4).toString(16).padStart(4, '0')}${TOKEN.slice(5)}"`))).status,
      ).to.equal(200)
      expect((await post(server, body(''), {}, `?access_token=${TOKEN}`)).status).to.equal(200)
      expect((await post(server, body(',"access_token":"wrong"'), {}, `?access_token=${TOKEN}`)).status, 'the body wins over the query').to.equal(401)
      expect((await post(server, body(',"access_token":5'), {}, `?access_token=${TOKEN}`)).status, 'a non-string body token leaves the query').to.equal(200)
      expect((await post(server, '\uFEFF' + body(`,"access_token":"${TOKEN}"`))).status, 'after a BOM').to.equal(200)
    })

    it('a chunked body carries its token too', async () => {
      const payload = JSON.stringify({ ...CALL, access_token: TOKEN })
      const answer = await rawRequest(port(), postHead({ 'Transfer-Encoding': 'chunked', Connection: 'close' }), {
        body: Buffer.from(`${payload.length.toString(16)}\r\n${payload}\r\n0\r\n\r\n`),
      })
      expect(answer.status).to.equal(200)
      expect(JSON.parse(answer.body)).to.deep.equal({ v: 1 })
    })
  })

  describe('4 and 6: compressed bodies', () => {
    const gzip = (text: string) => zlib.gzipSync(text)
    const send = (body: Buffer, headers: Record<string, string> = {}) =>
      fetch(`${server.url}/function`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip', ...headers }, body }).then(
        async (r) => ({
          status: r.status,
          json: (await r.json()) as unknown,
        }),
      )

    it('are read, with the token from the header or the body', async () => {
      expect(await send(gzip(JSON.stringify(CALL)), { authorization: `Bearer ${TOKEN}` })).to.deep.equal({ status: 200, json: { v: 1 } })
      expect(await send(gzip(JSON.stringify({ ...CALL, access_token: TOKEN })))).to.deep.equal({ status: 200, json: { v: 1 } })
      expect(await send(gzip(JSON.stringify(CALL)))).to.deep.equal({ status: 401, json: UNAUTHORIZED })
    })

    it('a body that inflates past the limit → 413, whatever its compressed size; a corrupt one → 400 JSON', async () => {
      const bomb = gzip(' '.repeat(20 * 1024 * 1024))
      expect(bomb.length).to.be.lessThan(100_000)
      const answer = await send(bomb, { authorization: `Bearer ${TOKEN}` })
      expect(answer).to.deep.equal({ status: 413, json: { errors: [{ code: 'payload_too_large', message: 'The request body exceeds the limit of 1mb.' }] } })
      const corrupt = await send(Buffer.from('not gzip at all'), { authorization: `Bearer ${TOKEN}` })
      expect(corrupt.status).to.equal(400)
      expect((corrupt.json as { errors: Array<{ code: string }> }).errors[0]?.code).to.equal('bad_request')
    })
  })

  describe('5. a bound on request bytes buffered at once', () => {
    it('stalled uploads hold at most maxBufferedBytes; past it: 503 JSON with Retry-After; the bytes come back when they end', async () => {
      const stalled = Array.from({ length: 3 }, () =>
        rawRequest(port(), postHead({ 'Content-Length': 1_000_000 }), { body: Buffer.alloc(1000, 0x20), waitMs: 1_500 }),
      )
      await new Promise((resolve) => setTimeout(resolve, 200))
      const refused = await rawRequest(port(), postHead({ 'Content-Length': 900_000 }), { waitMs: 5_000 })
      expect(refused.status).to.equal(503)
      expect(refused.head).to.match(/^Retry-After: \d+$/im)
      expect(JSON.parse(refused.body)).to.deep.equal({
        errors: [{ code: 'server_busy', message: 'The extension host already holds 3145728 bytes of request bodies (maxBufferedBytes); retry later.' }],
      })
      expect(refused.closed).to.equal(true)
      // an authorized small call still fits
      expect((await server.call(CALL)).status).to.equal(200)
      await Promise.all(stalled)
      await new Promise((resolve) => setTimeout(resolve, 100))
      expect((await server.call({ ...CALL, options: { big: 'x'.repeat(900_000) } })).status, 'the stalled bodies were given back').to.equal(200)
    })

    it('a maxBufferedBytes below bodyLimit is refused at start, as callTimeout is', async () => {
      let error: unknown
      try {
        await startTestServer({ diy: functions, maxBufferedBytes: '10mb' })
      } catch (e) {
        error = e
      }
      expect(error).to.include({
        code: 'invalid_field',
        message: "The maxBufferedBytes field must be a number of bytes, or a size such as '256mb', no smaller than bodyLimit.",
      })
    })
  })

  describe('6. an endless chunked upload', () => {
    for (const [path, type] of [
      ['the fast path', 'application/json'],
      ['the Express route (another charset)', 'application/json; charset=utf-16le'],
    ] as const) {
      it(`${path}: 413 JSON as soon as it passes the body limit, and the connection is closed`, async () => {
        const chunk = Buffer.from(`${(64 * 1024).toString(16)}\r\n${' '.repeat(64 * 1024)}\r\n`)
        let sent = 0
        const answer = await rawRequest(
          port(),
          postHead({ Authorization: `Bearer ${TOKEN}`, 'Content-Type': type, 'Transfer-Encoding': 'chunked' }) + '2\r\n{"\r\n',
          {
            // never ends: stops writing only once the answer starts (or at 64 MB, far past the 1 MB limit)
            feed: (socket) => {
              if (sent > 64 * 1024 * 1024) return false
              sent += chunk.length
              socket.write(chunk)
              return true
            },
            waitMs: 10_000,
          },
        )
        expect(answer.status).to.equal(413)
        expect(JSON.parse(answer.body)).to.deep.equal({ errors: [{ code: 'payload_too_large', message: 'The request body exceeds the limit of 1mb.' }] })
        expect(answer.closed).to.equal(true)
        expect(sent, 'bytes written before the answer').to.be.lessThan(16 * 1024 * 1024)
      })
    }

    it('the Express route: a declared length over the limit → 413 without reading the body', async () => {
      const answer = await rawRequest(
        port(),
        postHead({ Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json; charset=utf-16le', 'Content-Length': 50_000_000 }),
      )
      expect(answer.status).to.equal(413)
      expect(answer.closed).to.equal(true)
    })
  })

  describe('9. no 102 Processing to an HTTP/1.0 client', () => {
    it('a long call over HTTP/1.0 gets its answer and no interim 102', async () => {
      const fast = await startTestServer({ diy: functions, processingInterval: 50 })
      try {
        const payload = JSON.stringify({ ...CALL, function: 'slow' })
        const head = `POST /function HTTP/1.0\r\nHost: x\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Type: application/json\r\nContent-Length: ${payload.length}\r\n\r\n`
        const old = await rawRequest(fast.server.port as number, head, { body: Buffer.from(payload) })
        expect(old.head).not.to.contain('102')
        expect(old.status).to.equal(200)
        const current = await rawRequest(
          fast.server.port as number,
          head.replace('HTTP/1.0', 'HTTP/1.1').replace('\r\n\r\n', '\r\nConnection: close\r\n\r\n'),
          { body: Buffer.from(payload) },
        )
        expect(current.head, 'HTTP/1.1 still gets its 102s').to.match(/^HTTP\/1\.1 102/)
      } finally {
        await fast.close()
      }
    })
  })

  describe('log flooding: values a client chose are clipped to 1 KB where they are logged or echoed', () => {
    const accessLines = () => server.logger.lines.filter((l) => l.meta?.url !== undefined)
    const MARKER = /…\(\+\d+ bytes\)$/

    it('a 15 KB path: the 404 body and the access line (message and url) carry 1 KB of it and say how much was left out', async () => {
      const before = accessLines().length
      const path = `/${'p'.repeat(15 * 1024)}`
      const answer = await rawRequest(port(), `GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`)
      expect(answer.status).to.equal(404)
      const message = (JSON.parse(answer.body) as { errors: Array<{ message: string }> }).errors[0].message
      expect(message).to.equal(`Cannot GET ${path.slice(0, 1024)}…(+${path.length - 1024} bytes)`)
      const [line] = accessLines().slice(before)
      expect(line.meta?.url).to.equal(`${path.slice(0, 1024)}…(+${path.length - 1024} bytes)`)
      expect(line.message.length, 'message').to.be.below(1200)
      expect(JSON.stringify(line).length, 'the whole line').to.be.below(2600)
    })

    it('a 15 KB traceid header on a 401, and a 15 KB function name, are clipped in the access line', async () => {
      const before = accessLines().length
      const answer = await rawRequest(
        port(),
        postHead({ Authorization: 'Bearer wrong', traceid: 't'.repeat(15 * 1024), 'Content-Length': 2, Connection: 'close' }) + '{}',
      )
      expect(answer.status).to.equal(401)
      const called = await server.call({ ...CALL, function: 'f'.repeat(15 * 1024) }, { traceid: 'tr-short' })
      expect(called.status).to.equal(422)
      const [refused, unknown] = accessLines().slice(before)
      expect(refused.meta?.traceId).to.match(MARKER).and.have.length.below(1100)
      expect(unknown.meta?.function).to.match(MARKER).and.have.length.below(1100)
      expect(unknown.meta?.traceId, 'short values are as sent').to.equal('tr-short')
    })

    it('a normal path is echoed exactly', async () => {
      const answer = await rawRequest(port(), 'GET /nope HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')
      expect(JSON.parse(answer.body)).to.deep.equal({ errors: [{ code: 'not_found', message: 'Cannot GET /nope' }] })
    })
  })

  describe('a cap on open connections (maxConnections)', () => {
    /** A keep-alive connection that asks GET /livez when told and resolves with the answer's status line. */
    const openConnection = (port: number) => {
      const socket = net.connect(port, '127.0.0.1')
      socket.on('error', () => {})
      let received = ''
      let waiting: ((text: string) => void) | undefined
      socket.on('data', (chunk: Buffer) => {
        received += chunk.toString('latin1')
        if (waiting && received.endsWith('{"success":true}')) {
          const text = received
          received = ''
          waiting(text.split('\r\n')[0])
        }
      })
      return {
        get: () =>
          new Promise<string>((resolve) => {
            waiting = resolve
            socket.write('GET /livez HTTP/1.1\r\nHost: x\r\n\r\n')
          }),
        close: () => new Promise<void>((resolve) => socket.end(() => socket.destroy()).once('close', () => resolve())),
      }
    }

    it('past the cap a new connection gets 503 server_busy with Retry-After and is closed; the open ones go on', async () => {
      const capped = await startTestServer({ diy: functions, maxConnections: 5 })
      const cappedPort = capped.server.port as number
      const open = Array.from({ length: 5 }, () => openConnection(cappedPort))
      try {
        // each answered once: the server holds all five
        expect(await Promise.all(open.map((c) => c.get()))).to.deep.equal(Array(5).fill('HTTP/1.1 200 OK'))
        const refused = await rawRequest(cappedPort, 'GET /livez HTTP/1.1\r\nHost: x\r\n\r\n', { waitMs: 5_000 })
        expect(refused.status, refused.head).to.equal(503)
        expect(refused.head).to.match(/^Retry-After: 5$/im)
        expect(JSON.parse(refused.body)).to.deep.equal({
          errors: [{ code: 'server_busy', message: 'The extension host already holds 5 connections (maxConnections); retry later.' }],
        })
        expect(refused.closed, 'connection closed').to.equal(true)
        expect(await open[0].get(), 'an open connection keeps working').to.equal('HTTP/1.1 200 OK')
        await open.pop()?.close()
        // once one closes (the server sees it a moment later), a new connection is served
        let status: number | undefined
        for (let i = 0; i < 40 && status !== 200; i++) {
          status = (await rawRequest(cappedPort, 'GET /livez HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', { waitMs: 5_000 })).status
          if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 50))
        }
        expect(status).to.equal(200)
      } finally {
        await Promise.all(open.map((c) => c.close()))
        await capped.close()
      }
    })

    it('maxConnections is range-checked at start', async () => {
      for (const maxConnections of [0, 1.5, -1, Number.NaN]) {
        let error: unknown
        try {
          await startTestServer({ diy: functions, maxConnections })
        } catch (e) {
          error = e
        }
        expect(error, String(maxConnections)).to.include({
          code: 'invalid_field',
          message: 'The maxConnections field must be an integer of at least 1, or Infinity (no cap).',
        })
      }
    })
  })

  describe('17. every answer has a JSON body, Node’s own included', () => {
    it('a 16 KB Authorization header → 431 JSON', async () => {
      const answer = await rawRequest(port(), postHead({ Authorization: `Bearer ${'x'.repeat(16 * 1024)}`, 'Content-Length': 2 }) + '{}')
      expect(answer.status).to.equal(431)
      expect(JSON.parse(answer.body)).to.deep.equal({
        errors: [{ code: 'header_too_large', message: 'The request headers exceed the limit of the host (maxHeaderSize).' }],
      })
    })

    it('a malformed request → 400 JSON', async () => {
      const answer = await rawRequest(port(), 'POST /function HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n')
      expect(answer.status).to.equal(400)
      expect(JSON.parse(answer.body)).to.deep.equal({ errors: [{ code: 'bad_request', message: 'The request is not valid HTTP.' }] })
    })

    it('a request line without an HTTP version (HTTP/0.9) → 400 JSON once its head ends, connection closed', async () => {
      for (const head of ['GET /\r\n\r\n', 'GET /livez\r\nHost: x\r\n\r\n', 'POST /function\r\n\r\n']) {
        const answer = await rawRequest(port(), head, { waitMs: 2_000 })
        expect(answer.status, JSON.stringify(head)).to.equal(400)
        expect(JSON.parse(answer.body)).to.deep.equal({
          errors: [{ code: 'bad_request', message: 'The request line has no HTTP version (HTTP/0.9 is not served).' }],
        })
        expect(answer.closed, 'connection closed').to.equal(true)
      }
    })

    it('an Expect other than 100-continue → 417 JSON (Node alone answers with an empty body)', async () => {
      const answer = await rawRequest(port(), postHead({ Expect: 'teapot', 'Content-Length': 2 }) + '{}', { waitMs: 2_000 })
      expect(answer.status).to.equal(417)
      expect(JSON.parse(answer.body)).to.deep.equal({
        errors: [{ code: 'expectation_failed', message: 'The only Expect header the host understands is 100-continue.' }],
      })
      expect(answer.closed, 'connection closed').to.equal(true)
    })

    it('CONNECT → 404 JSON, as every other method the host does not serve (Node alone closes without a word)', async () => {
      const answer = await rawRequest(port(), 'CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: 127.0.0.1:22\r\n\r\n', { waitMs: 2_000 })
      expect(answer.status).to.equal(404)
      expect(JSON.parse(answer.body)).to.deep.equal({ errors: [{ code: 'not_found', message: 'Cannot CONNECT 127.0.0.1:22' }] })
      expect(answer.closed, 'connection closed').to.equal(true)
    })
  })
})
