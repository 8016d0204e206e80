import { expect } from 'chai'
import http from 'node:http'
import fs from 'node:fs'
import { startTestServer, TOKEN, type TestServer } from '../support/test-server.js'

const functions = {
  hooks: {
    slowEcho: (options: { id: string }) => new Promise((resolve) => setTimeout(() => resolve({ id: options.id }), 50)),
    page: (options: { id: string; data: unknown[] }) => ({ id: options.id, count: options.data.length, data: options.data }),
    echo: (options: { id: number }) => ({ id: options.id }),
  },
}

describe('load: every response matched to its own request', function () {
  this.timeout(60_000)
  let server: TestServer
  before(async () => {
    server = await startTestServer({ diy: functions })
  })
  after(() => server.close())

  it('200 concurrent calls of a 50 ms hook are all answered correctly', async () => {
    const ids = Array.from({ length: 200 }, (_, i) => `call-${i}-${Math.random()}`)
    const answers = await Promise.all(ids.map((id) => server.call({ diy: true, type: 'hook', function: 'slowEcho', options: { id } })))
    expect(answers.map((a) => a.status)).to.deep.equal(ids.map(() => 200))
    expect(answers.map((a) => (a.json as { id: string }).id)).to.deep.equal(ids)
  })

  it('20 concurrent 4 MB pages are all answered correctly', async () => {
    const record = { name: 'x'.repeat(180), sku: 'SKU-000', qty: 1 }
    const data = Array.from({ length: 20_000 }, () => record) // ~4 MB as JSON
    const ids = Array.from({ length: 20 }, (_, i) => `page-${i}`)
    const answers = await Promise.all(
      ids.map((id) => server.call({ diy: true, type: 'hook', function: 'page', maxResponseSize: 8 * 1024 * 1024, options: { id, data } })),
    )
    for (const [i, answer] of answers.entries()) {
      expect(answer.status).to.equal(200)
      const body = answer.json as { id: string; count: number; data: unknown[] }
      expect(body.id).to.equal(ids[i])
      expect(body.count).to.equal(20_000)
      expect(answer.text.length).to.be.greaterThan(4_000_000)
    }
  })

  it('10,000 sequential calls: no file descriptor or heap growth', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
    const once = (id: number) =>
      new Promise<string>((resolve, reject) => {
        const req = http.request(`${server.url}/function`, {
          method: 'POST',
          agent,
          headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        })
        req.on('response', (res) => {
          let text = ''
          res.on('data', (chunk: Buffer) => (text += chunk.toString()))
          res.on('end', () => resolve(text))
        })
        req.on('error', reject)
        req.end(JSON.stringify({ diy: true, type: 'hook', function: 'echo', options: { id } }))
      })
    for (let i = 0; i < 500; i++) await once(i) // warm up
    const heapBefore = settledHeap()
    const fdsBefore = openFds()
    for (let i = 0; i < 10_000; i++) {
      const text = await once(i)
      if (text !== `{"id":${i}}`) expect.fail(`call ${i} answered ${text}`)
    }
    server.logger.lines.length = 0 // the capturing logger keeps lines on purpose; drop them before measuring
    const heapAfter = settledHeap()
    const fdsAfter = openFds()
    agent.destroy()
    console.log(`      heap after GC: ${(heapBefore / 1e6).toFixed(1)} MB → ${(heapAfter / 1e6).toFixed(1)} MB; fds ${fdsBefore} → ${fdsAfter}`)
    expect(fdsAfter).to.be.at.most(fdsBefore + 2)
    expect(heapAfter - heapBefore).to.be.lessThan(5 * 1024 * 1024)
  })
})

function settledHeap(): number {
  const gc = global.gc
  if (!gc) throw new Error('run mocha with --expose-gc (see .mocharc.json)')
  gc()
  gc()
  return process.memoryUsage().heapUsed
}

function openFds(): number {
  return fs.readdirSync('/proc/self/fd').length
}
