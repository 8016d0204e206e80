import { expect } from 'chai'
import { startChildHost } from '../support/child-host.js'
import { TOKEN } from '../support/test-server.js'

const post = (url: string, body: object) =>
  fetch(`${url}/function`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  }).then(async (r) => ({ status: r.status, json: (await r.json()) as unknown }))

describe('graceful shutdown of a real process', function () {
  this.timeout(30_000)

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal} mid-flight: all 20 slow calls answered, readyz 503 meanwhile, clean-up ran, exit 0`, async () => {
      const host = await startChildHost()
      const calls = Array.from({ length: 20 }, (_, i) => post(host.url, { diy: true, type: 'hook', function: 'slowEcho', options: { id: `s${i}`, ms: 600 } }))
      // a keep-alive connection opened before the signal, to ask /readyz during shutdown
      const readyBefore = await fetch(`${host.url}/readyz`)
      expect(readyBefore.status).to.equal(200)
      await new Promise((resolve) => setTimeout(resolve, 150))
      host.child.kill(signal)
      await new Promise((resolve) => setTimeout(resolve, 100))
      const readyDuring = await fetch(`${host.url}/readyz`).then(
        (r) => r.status,
        () => 'refused',
      )
      expect([503, 'refused']).to.include(readyDuring)
      const answers = await Promise.all(calls)
      expect(answers.map((a) => a.status)).to.deep.equal(Array(20).fill(200))
      expect(answers.map((a) => a.json)).to.deep.equal(Array.from({ length: 20 }, (_, i) => ({ id: `s${i}` })))
      expect(await host.exited).to.equal(0)
      expect(host.output()).to.contain('ON_CLOSE_RAN')
    })
  }

  it('the grace period bounds a call that does not finish; the process still exits 0', async () => {
    const host = await startChildHost({ GRACE_MS: '300' })
    const stuck = post(host.url, { diy: true, type: 'hook', function: 'slowEcho', options: { id: 'stuck', ms: 20_000 } }).then(
      (a) => a.status,
      () => 'cut',
    )
    await new Promise((resolve) => setTimeout(resolve, 100))
    const started = Date.now()
    host.child.kill('SIGTERM')
    expect(await host.exited).to.equal(0)
    expect(Date.now() - started).to.be.lessThan(10_000)
    expect(await stuck, 'answered 503 shutting_down before the cut (issue 11)').to.equal(503)
  })
})
