import { expect } from 'chai'
import http from 'node:http'
import { startTestServer, TOKEN, type TestServer } from '../support/test-server.js'

const unauthorized = { errors: [{ code: 'unauthorized', message: 'Invalid system token.' }] }
let calls = 0
const functions = {
  hooks: {
    echo: (options: unknown) => {
      calls++
      return options
    },
    slow: (options: { ms: number }) => new Promise((resolve) => setTimeout(() => resolve('slow done'), options.ms)),
  },
}
const valid = { diy: true, type: 'hook', function: 'echo', options: { v: 1 } }

describe('protocol.md §3: the Express host', () => {
  let server: TestServer
  before(async () => {
    server = await startTestServer({ diy: functions })
  })
  after(() => server.close())

  describe('authentication', () => {
    const accepted: Array<[string, () => Promise<{ status: number; json: unknown }>]> = [
      ['Authorization: Bearer <token>', () => server.call(valid)],
      ['the scheme in any case (bEaReR)', () => server.call(valid, { authorization: `bEaReR ${TOKEN}` })],
      ['access_token in the body', () => server.call({ ...valid, access_token: TOKEN }, { authorization: '' })],
      ['access_token in the query string', () => post(`${server.url}/function?access_token=${TOKEN}`, valid)],
    ]
    for (const [row, send] of accepted) {
      it(`accepts the token from ${row}`, async () => {
        const response = await send()
        expect(response.status).to.equal(200)
        expect(response.json).to.deep.equal({ v: 1 })
      })
    }

    const refused: Array<[string, () => Promise<{ status: number; json: unknown; headers: Headers }>]> = [
      ['no token', () => server.call(valid, { authorization: '' })],
      ['a wrong header token', () => server.call(valid, { authorization: 'Bearer wrong' })],
      ['a wrong body token', () => server.call({ ...valid, access_token: 'wrong' }, { authorization: '' })],
      ['a wrong query token', () => post(`${server.url}/function?access_token=wrong`, valid)],
      ['a prefix of the token', () => server.call(valid, { authorization: `Bearer ${TOKEN.slice(0, -1)}` })],
      ['the token under another scheme', () => server.call(valid, { authorization: `Basic ${TOKEN}` })],
      ['the token as a number in the body', () => server.call({ ...valid, access_token: 12 }, { authorization: '' })],
      ['a wrong header token even with a right body token', () => server.call({ ...valid, access_token: TOKEN }, { authorization: 'Bearer wrong' })],
    ]
    for (const [row, send] of refused) {
      it(`refuses ${row}: 401, WWW-Authenticate, and the function is not called`, async () => {
        const before = calls
        const response = await send()
        expect(response.status).to.equal(401)
        expect(response.headers.get('www-authenticate')).to.equal('invalid system token')
        expect(response.json).to.deep.equal(unauthorized)
        expect(calls).to.equal(before)
      })
    }

    it('access_token never reaches the function or its extension options', async () => {
      const response = await server.call({ ...valid, access_token: TOKEN, options: { seen: 'x' } }, { authorization: '' })
      expect(response.json).to.deep.equal({ seen: 'x' })
    })
  })

  describe('routes', () => {
    for (const path of ['/', '/healthCheck', '/livez', '/readyz']) {
      it(`GET ${path} → 200 {"success":true}`, async () => {
        const response = await fetch(server.url + path)
        expect(response.status).to.equal(200)
        expect(await response.json()).to.deep.equal({ success: true })
      })
    }

    it('an unknown route → 404 in the errors shape, not an HTML page', async () => {
      const response = await fetch(`${server.url}/stopServer`)
      expect(response.status).to.equal(404)
      expect(await response.json()).to.deep.equal({ errors: [{ code: 'not_found', message: 'Cannot GET /stopServer' }] })
    })

    it('responses carry Keep-Alive: timeout=301 (above a load balancer idle timeout)', async () => {
      const response = await getRaw(server.url + '/healthCheck')
      expect(response.headers['keep-alive']).to.equal('timeout=301')
    })
  })

  describe('bad bodies get a JSON error in the protocol shape', () => {
    it('malformed JSON → 400 invalid_json', async () => {
      const response = await server.call('{"diy": tru')
      expect(response.status).to.equal(400)
      const errors = (response.json as { errors: Array<{ code: string; message: string }> }).errors
      expect(errors).to.have.length(1)
      expect(errors[0]?.code).to.equal('invalid_json')
      expect(errors[0]?.message).to.match(/^The request body is not valid JSON: /)
    })

    it('a JSON array body → 400 invalid_body', async () => {
      const response = await server.call('[1,2]')
      expect(response.status).to.equal(400)
      expect(response.json).to.deep.equal({ errors: [{ code: 'invalid_body', message: 'The request body must be a JSON object.' }] })
    })

    it('a non-JSON content type → 415 unsupported_media_type', async () => {
      const response = await server.call('diy=true', { 'content-type': 'application/x-www-form-urlencoded' })
      expect(response.status).to.equal(415)
      expect(response.json).to.deep.equal({
        errors: [{ code: 'unsupported_media_type', message: 'The request body must be JSON (Content-Type: application/json).' }],
      })
    })

    it('a body over the limit → 413 payload_too_large', async () => {
      const small = await startTestServer({ diy: functions, bodyLimit: '1kb' })
      try {
        const response = await small.call({ ...valid, options: { big: 'x'.repeat(2000) } })
        expect(response.status).to.equal(413)
        expect(response.json).to.deep.equal({ errors: [{ code: 'payload_too_large', message: 'The request body exceeds the limit of 1kb.' }] })
        expect((await small.call(valid)).status, 'still serving').to.equal(200)
      } finally {
        await small.close()
      }
    })

    it('accepts bodies up to 50 MB by default (a 45 MB page)', async function () {
      this.timeout(60_000)
      const page = { ...valid, options: { data: 'x'.repeat(45 * 1024 * 1024) } }
      const response = await server.call({ ...page, maxResponseSize: 50 * 1024 * 1024 })
      expect(response.status).to.equal(200)
      expect((response.json as { data: string }).data.length).to.equal(45 * 1024 * 1024)
    })

    it('a body over 50 MB → 413 by default', async function () {
      this.timeout(60_000)
      const response = await server.call({ ...valid, options: { data: 'x'.repeat(51 * 1024 * 1024) } })
      expect(response.status).to.equal(413)
      expect(response.json).to.deep.equal({ errors: [{ code: 'payload_too_large', message: 'The request body exceeds the limit of 50mb.' }] })
    })
  })

  describe('logging', () => {
    it('one access-log line per request, with method, url, status, time, request id and the traceid header', async () => {
      const before = server.logger.lines.length
      await server.call(valid, { traceid: 'trace-123' })
      await new Promise((resolve) => setTimeout(resolve, 20))
      const lines = server.logger.lines.slice(before).filter((l) => l.meta && 'status' in l.meta)
      expect(lines).to.have.length(1)
      const meta = lines[0]?.meta as Record<string, unknown>
      expect(meta).to.include({ method: 'POST', url: '/function', status: 200, traceId: 'trace-123', function: 'echo', connector: 'diy', type: 'hook' })
      expect(meta.requestId).to.be.a('string').and.have.length.greaterThan(8)
      expect(meta.durationMs).to.be.a('number')
    })

    it('request ids differ between requests', async () => {
      const before = server.logger.lines.length
      await server.call(valid)
      await server.call(valid)
      await new Promise((resolve) => setTimeout(resolve, 20))
      const ids = server.logger.lines.slice(before).map((l) => l.meta?.requestId)
      expect(new Set(ids).size).to.equal(2)
    })
  })

  describe('long calls', () => {
    it('sends 102 Processing while a call runs, then the answer', async () => {
      const heartbeat = await startTestServer({ diy: functions, processingInterval: 40 })
      try {
        const informational: number[] = []
        const result = await new Promise<{ status: number; body: string }>((resolve, reject) => {
          const body = JSON.stringify({ diy: true, type: 'hook', function: 'slow', options: { ms: 200 } })
          const req = http.request(`${heartbeat.url}/function`, {
            method: 'POST',
            headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
          })
          req.on('information', (info) => informational.push(info.statusCode))
          req.on('response', (res) => {
            let text = ''
            res.on('data', (chunk: Buffer) => (text += chunk.toString()))
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }))
          })
          req.on('error', reject)
          req.end(body)
        })
        expect(result).to.deep.equal({ status: 200, body: '"slow done"' })
        expect(informational.length).to.be.greaterThan(0)
        expect(informational.every((code) => code === 102)).to.equal(true)
      } finally {
        await heartbeat.close()
      }
    })

    it('timeouts default to the protocol values and are overridable', async () => {
      const custom = await startTestServer({ diy: functions, keepAliveTimeout: 5000, serverTimeout: 9000, headersTimeout: 7000 })
      try {
        expect((await getRaw(custom.url + '/healthCheck')).headers['keep-alive']).to.equal('timeout=5')
      } finally {
        await custom.close()
      }
    })
  })

  describe('several servers in one process', () => {
    it('run independently with their own modules and tokens', async () => {
      const a = await startTestServer({ diy: { hooks: { who: () => 'a' } }, systemToken: 'token-a' })
      const b = await startTestServer({ diy: { hooks: { who: () => 'b' } }, systemToken: 'token-b' })
      try {
        const body = { diy: true, type: 'hook', function: 'who', options: {} }
        expect((await a.call(body, { authorization: 'Bearer token-a' })).json).to.equal('a')
        expect((await b.call(body, { authorization: 'Bearer token-b' })).json).to.equal('b')
        expect((await a.call(body, { authorization: 'Bearer token-b' })).status).to.equal(401)
      } finally {
        await a.close()
        await b.close()
      }
    })
  })
})

async function post(url: string, body: unknown): Promise<{ status: number; json: unknown; headers: Headers }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  return { status: response.status, json: await response.json(), headers: response.headers }
}

function getRaw(url: string): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: new http.Agent({ keepAlive: true }) }, (res) => {
        res.resume()
        resolve(res)
      })
      .on('error', reject)
  })
}
