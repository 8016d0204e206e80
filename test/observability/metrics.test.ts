import { expect } from 'chai'
import { express } from 'integrator-extension'
import { CaptureLogger } from '../support/capture-logger.js'
import { startTestServer, TOKEN } from '../support/test-server.js'

const functions = { hooks: { ok: () => 1, bad: () => Promise.reject(Object.assign(new Error('x'), { code: 'bad_thing' })) } }
const call = (fn: string) => ({ diy: true, type: 'hook', function: fn, options: {} })

function sample(text: string, metric: string, labels: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${metric}{${labels}}`))
  return line ? Number(line.split(' ').at(-1)) : 0
}

describe('metrics (Prometheus)', () => {
  it('GET /metrics behind the system token: call counts, error counts by code, latency histograms', async () => {
    const server = await startTestServer({ diy: functions, metrics: true })
    try {
      for (let i = 0; i < 3; i++) await server.call(call('ok'))
      for (let i = 0; i < 2; i++) await server.call(call('bad'))
      await server.call(call('ok'), { authorization: 'Bearer wrong' })
      expect((await fetch(`${server.url}/metrics`)).status).to.equal(401)
      const response = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })
      expect(response.status).to.equal(200)
      expect(response.headers.get('content-type')).to.match(/^text\/plain/)
      const text = await response.text()
      expect(sample(text, 'integrator_extension_calls_total', 'connector="diy",type="hook",function="ok",status="200"')).to.equal(3)
      expect(sample(text, 'integrator_extension_calls_total', 'connector="diy",type="hook",function="bad",status="422"')).to.equal(2)
      expect(sample(text, 'integrator_extension_errors_total', 'connector="diy",type="hook",function="bad",code="bad_thing"')).to.equal(2)
      expect(sample(text, 'integrator_extension_errors_total', 'connector="",type="",function="",code="unauthorized"')).to.equal(1)
      expect(sample(text, 'integrator_extension_call_duration_seconds_count', 'connector="diy",type="hook",function="ok"')).to.equal(3)
    } finally {
      await server.close()
    }
  })

  it('metrics: { port } serves them on a separate port without the token, and not on the main one', async () => {
    const server = express.createExtensionServer({
      diy: functions,
      systemToken: TOKEN,
      port: 0,
      host: '127.0.0.1',
      winstonInstance: new CaptureLogger(),
      metrics: { port: 0 },
    })
    await server.start()
    try {
      await fetch(`http://127.0.0.1:${server.port}/function`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify(call('ok')),
      })
      const text = await (await fetch(`http://127.0.0.1:${server.metricsPort}/metrics`)).text()
      expect(sample(text, 'integrator_extension_calls_total', 'connector="diy",type="hook",function="ok",status="200"')).to.equal(1)
      expect((await fetch(`http://127.0.0.1:${server.port}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).to.equal(404)
    } finally {
      await server.close()
    }
  })

  it('two servers in one process keep separate counts', async () => {
    const a = await startTestServer({ diy: functions, metrics: true })
    const b = await startTestServer({ diy: functions, metrics: true })
    try {
      await a.call(call('ok'))
      const text = await (await fetch(`${b.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).text()
      expect(sample(text, 'integrator_extension_calls_total', 'connector="diy",type="hook",function="ok",status="200"')).to.equal(0)
    } finally {
      await a.close()
      await b.close()
    }
  })
})
