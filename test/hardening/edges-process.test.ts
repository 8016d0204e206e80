import { expect } from 'chai'
import { express } from 'integrator-extension'
import { startChildHost } from '../support/child-host.js'
import { startTestServer, TOKEN } from '../support/test-server.js'

const slow = (url: string, id: string, ms: number) =>
  fetch(`${url}/function`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ diy: true, type: 'hook', function: 'slowEcho', options: { id, ms } }),
  }).then(
    async (r) => ({ status: r.status, json: (await r.json()) as unknown }),
    () => 'no answer',
  )

describe('trust at the edges: the host process (issue 11)', function () {
  this.timeout(30_000)

  it('10. repeated SIGTERMs while draining change nothing: the calls in flight are answered, exit 0', async () => {
    const host = await startChildHost()
    const calls = Array.from({ length: 5 }, (_, i) => slow(host.url, `s${i}`, 800))
    await new Promise((resolve) => setTimeout(resolve, 150))
    for (let i = 0; i < 3; i++) {
      host.child.kill('SIGTERM')
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    const answers = await Promise.all(calls)
    expect(answers).to.deep.equal(Array.from({ length: 5 }, (_, i) => ({ status: 200, json: { id: `s${i}` } })))
    expect(await host.exited).to.equal(0)
    expect(host.output()).to.contain('ON_CLOSE_RAN')
  })

  it('10. a second SIGINT forces the exit (130), as documented', async () => {
    const host = await startChildHost()
    const call = slow(host.url, 'x', 20_000)
    await new Promise((resolve) => setTimeout(resolve, 150))
    host.child.kill('SIGINT')
    await new Promise((resolve) => setTimeout(resolve, 100))
    host.child.kill('SIGINT')
    expect(await host.exited).to.equal(130)
    await call
  })

  it('11. a call still running when the grace period ends gets a 503 JSON answer before its socket is cut', async () => {
    const host = await startChildHost({ GRACE_MS: '300' })
    const stuck = slow(host.url, 'stuck', 20_000)
    await new Promise((resolve) => setTimeout(resolve, 150))
    host.child.kill('SIGTERM')
    expect(await stuck).to.deep.equal({ status: 503, json: { errors: [{ code: 'shutting_down', message: 'The extension host is shutting down.' }] } })
    expect(await host.exited).to.equal(0)
  })

  it('13. with DEBUG=*, a token in the query of a request off the fast path reaches no output', async () => {
    const secret = TOKEN
    const host = await startChildHost({ DEBUG: '*', DEBUG_COLORS: 'no' })
    try {
      const body = JSON.stringify({ diy: true, type: 'hook', function: 'slowEcho', options: { id: 'd', ms: 1 } })
      for (const headers of [{ 'content-type': 'application/json; charset=utf-16le' }, { 'content-type': 'application/json' }]) {
        await fetch(`${host.url}/function?x=1&access_token=${secret}`, {
          method: 'POST',
          headers,
          body: Buffer.from(body, headers['content-type'].includes('16') ? 'utf16le' : 'utf8'),
        })
      }
      // chunked, odd URL (a tab), and GET /metrics-like routes
      const chunked = await fetch(`${host.url}/function?access_token=${secret}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-encoding': 'identity', 'x-odd': '1' },
        body: new Blob([body]).stream(),
        duplex: 'half',
      } as RequestInit)
      expect(chunked.status).to.equal(200)
      const answered = await fetch(`${host.url}/function?access_token=${secret}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-16le' },
        body: Buffer.from(body, 'utf16le'),
      })
      expect(answered.status, 'the stripped query token still authorizes').to.equal(200)
      // In the path (an encoded '?'): a 404, whose debug lines name the path.
      const misplaced = await fetch(`${host.url}/function%3Faccess_token=${secret}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
      expect(misplaced.status).to.equal(404)
      await new Promise((resolve) => setTimeout(resolve, 100))
      expect(host.output()).to.contain('router dispatching POST /function')
      expect(host.output()).not.to.contain(secret)
    } finally {
      host.child.kill('SIGTERM')
      await host.exited
    }
  })

  it('8. metric label values come only from configured function names', async () => {
    const server = await startTestServer({ diy: { hooks: { ok: () => 1 } }, metrics: true })
    try {
      for (let i = 0; i < 50; i++) await server.call({ diy: true, type: 'hook', function: `made-up-${i}`, options: {} })
      await server.call({ diy: true, type: `kind-${1}`, function: 'ok', options: {} })
      await server.call({ _connectorId: 'nobody', type: 'hook', function: 'ok', options: {} })
      await server.call({ diy: true, type: 'hook', function: 'ok', options: {} })
      const text = await (await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).text()
      expect(text).not.to.contain('made-up')
      expect(text).not.to.contain('kind-1')
      expect(text).not.to.contain('nobody')
      expect(text).to.contain('integrator_extension_calls_total{connector="other",type="other",function="other",status="422"} 52')
      expect(text).to.contain('integrator_extension_calls_total{connector="diy",type="hook",function="ok",status="200"} 1')
    } finally {
      await server.close()
    }
  })

  describe('9. every numeric option is range-checked, as callTimeout is', () => {
    const cases: Array<[string, unknown, string]> = [
      ['processingInterval', 3e9, 'a whole number of milliseconds from 0 (off) to 2147483647'],
      ['processingInterval', -1, 'a whole number of milliseconds from 0 (off) to 2147483647'],
      ['shutdownGracePeriod', Infinity, 'a whole number of milliseconds from 0 to 2147483647'],
      ['serverTimeout', NaN, 'a whole number of milliseconds from 0 (off) to 2147483647'],
      ['keepAliveTimeout', '301000', 'a whole number of milliseconds from 0 (off) to 2147483647'],
      ['headersTimeout', 1e12, 'a whole number of milliseconds from 0 (off) to 2147483647'],
      ['port', 70000, 'an integer from 0 to 65535'],
      ['maxSockets', 0, 'an integer of at least 1, or Infinity'],
      ['workers', 1.5, 'an integer from 1 to 1024'],
      ['maxHeaderSize', 10, 'a whole number of bytes from 1024 to 16777216'],
      ['bodyLimit', 'lots', "a number of bytes of at least 1, or a size such as '50mb'"],
      ['bodyLimit', -5, "a number of bytes of at least 1, or a size such as '50mb'"],
    ]
    for (const [field, value, rule] of cases) {
      it(`${field}: ${String(value)} → invalid_field`, () => {
        expect(() => express.createExtensionServer({ diy: {}, systemToken: TOKEN, [field]: value })).to.throw(`The ${field} field must be ${rule}.`)
      })
    }
    it('metrics.port too', () => {
      expect(() => express.createExtensionServer({ diy: {}, systemToken: TOKEN, metrics: { port: -1 } })).to.throw(
        'The metrics.port field must be an integer from 0 to 65535.',
      )
    })
  })
})
