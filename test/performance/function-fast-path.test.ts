import { expect } from 'chai'
import http from 'node:http'
import { startTestServer, TOKEN, type TestServer } from '../support/test-server.js'

// POST /function with a Content-Length and a plain JSON content type is served before Express
// (src/express/fast-path.ts); a chunked body goes through the Express route. Every request here
// is sent both ways: the answers and the log lines must not tell them apart.

interface Answer {
  status: number
  headers: Record<string, string | undefined>
  text: string
}

function send(url: string, path: string, body: Buffer, headers: Record<string, string>, chunked: boolean): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}${path}`, {
      method: 'POST',
      headers: chunked ? headers : { ...headers, 'content-length': String(body.length) },
    })
    req.on('response', (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: { 'content-type': res.headers['content-type'], 'www-authenticate': res.headers['www-authenticate'] as string | undefined },
          text: Buffer.concat(chunks).toString('utf8'),
        }),
      )
    })
    req.on('error', reject)
    if (chunked) req.write(body) // no Content-Length: Node sends Transfer-Encoding: chunked
    req.end(chunked ? undefined : body)
  })
}

const functions = {
  hooks: {
    echo: (options: unknown) => options,
    fail: () => Promise.reject(Object.assign(new Error('no such record'), { code: 'not_found' })),
  },
}

const call = (extra: object = {}) => JSON.stringify({ diy: true, type: 'hook', function: 'echo', options: { a: 1, text: 'é ✓' }, ...extra })
const json = { 'content-type': 'application/json' }
const auth = { authorization: `Bearer ${TOKEN}` }

const cases: Array<{ name: string; body: string | Buffer; headers?: Record<string, string>; path?: string }> = [
  { name: 'a valid call', body: call() },
  { name: 'a failing function', body: call({ function: 'fail' }) },
  { name: 'invalid JSON', body: '{"diy": true, "function":' },
  { name: 'an empty body', body: '' },
  { name: 'a leading byte order mark', body: `\ufeff${call()}` },
  { name: 'an array body', body: '[1, 2]' },
  { name: 'a string body', body: '"text"' },
  { name: 'no token', body: call(), headers: json },
  { name: 'a wrong token', body: call(), headers: { ...json, authorization: 'Bearer nope' } },
  { name: 'the token in the query', body: call(), headers: json, path: `/function?access_token=${TOKEN}` },
  { name: 'the token in the body', body: call({ access_token: TOKEN }), headers: json },
  { name: 'a charset=UTF-8 content type', body: call(), headers: { ...auth, 'content-type': 'application/json; charset=UTF-8' } },
  { name: 'a text/plain content type', body: call(), headers: { ...auth, 'content-type': 'text/plain' } },
  { name: 'a latin1 charset', body: call(), headers: { ...auth, 'content-type': 'application/json; charset=latin1' } },
  {
    name: 'invalid UTF-8 bytes in a string',
    body: Buffer.concat([Buffer.from('{"diy":true,"type":"hook","function":"echo","options":{"s":"a'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('b"}}')]),
  },
  { name: 'a body over bodyLimit', body: call({ options: { pad: 'x'.repeat(3000) } }) },
  { name: 'a traceid header', body: call(), headers: { ...json, ...auth, traceid: 'trace-7' } },
]

describe('POST /function: the fast path answers exactly as the Express route', () => {
  let server: TestServer
  before(async () => {
    server = await startTestServer({ diy: functions, bodyLimit: '2kb' })
  })
  after(() => server.close())

  for (const { name, body, headers = { ...json, ...auth }, path = '/function' } of cases) {
    it(name, async () => {
      const bytes = typeof body === 'string' ? Buffer.from(body) : body
      const logged = server.logger.lines.length
      const fast = await send(server.url, path, bytes, headers, false)
      const viaExpress = await send(server.url, path, bytes, headers, true)
      expect(fast).to.deep.equal(viaExpress)
      await new Promise((resolve) => setImmediate(resolve))
      const lines = server.logger.lines.slice(logged).map(({ level, message, meta }) => {
        const { requestId, durationMs, ...rest } = meta ?? {}
        expect(requestId).to.be.a('string')
        expect(durationMs).to.be.a('number')
        return { level, message: message.replace(/ [\d.]+ms$/, ''), rest }
      })
      expect(lines).to.have.length(2)
      expect(lines[0]).to.deep.equal(lines[1])
    })
  }

  it('a valid call is answered with the function result (control for the rows above)', async () => {
    const answer = await send(server.url, '/function', Buffer.from(call()), { ...json, ...auth }, false)
    expect(answer.status).to.equal(200)
    expect(JSON.parse(answer.text)).to.deep.equal({ a: 1, text: 'é ✓' })
  })
})
