import { expect } from 'chai'
import { spawn } from 'node:child_process'
import http from 'node:http'
import path from 'node:path'
import { TOKEN } from '../support/test-server.js'
import { alive } from '../support/process-alive.js'

// `workers: N` serves from N processes (node:cluster) sharing one port; the primary only supervises.

interface ClusterHost {
  url: string
  primary: number
  output: () => string
  exited: Promise<number | null>
  kill: (signal: NodeJS.Signals) => void
}

function startClusterHost(workers: number): Promise<ClusterHost> {
  const child = spawn(process.execPath, [path.join(__dirname, '../support/cluster-host-main.js')], {
    env: { ...process.env, WORKERS: String(workers) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`cluster host did not start:\n${output}`)), 15_000)
    const onData = (chunk: Buffer): void => {
      output += chunk.toString()
      const match = /PORT=(\d+) PRIMARY=(\d+)/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve({ url: `http://127.0.0.1:${match[1]}`, primary: Number(match[2]), output: () => output, exited, kill: (s) => child.kill(s) })
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  })
}

/** One call on a new connection (no keep-alive): the cluster deals connections out round robin. */
function call(url: string, fn: string): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}/function`, {
      method: 'POST',
      agent: false,
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', connection: 'close' },
    })
    req.on('response', (res) => {
      let text = ''
      res.on('data', (chunk: Buffer) => (text += chunk.toString()))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: text === '' ? undefined : (JSON.parse(text) as unknown) }))
    })
    req.on('error', reject)
    req.end(JSON.stringify({ diy: true, type: 'hook', function: fn, options: {} }))
  })
}

describe('workers: N processes behind one port', function () {
  this.timeout(40_000)

  it('calls are served by every worker, never by the primary; SIGTERM closes all gracefully, exit 0', async () => {
    const host = await startClusterHost(2)
    const pids = new Set<number>()
    for (let i = 0; i < 16; i++) {
      const answer = await call(host.url, 'pid')
      expect(answer.status).to.equal(200)
      pids.add(answer.json as number)
    }
    expect(pids.size, `served by ${[...pids].join(', ')}`).to.equal(2)
    expect(pids.has(host.primary)).to.equal(false)
    host.kill('SIGTERM')
    expect(await host.exited).to.equal(0)
    expect(host.output().match(/ON_CLOSE_RAN worker/g)).to.have.length(2)
    expect(host.output()).to.contain('ON_CLOSE_RAN primary')
    await new Promise((resolve) => setTimeout(resolve, 100))
    for (const pid of pids) expect(alive(pid), `worker ${pid} gone`).to.equal(false)
  })

  it('a worker that dies is replaced by a new one; the host keeps serving', async () => {
    const host = await startClusterHost(2)
    try {
      const before = new Set<number>()
      for (let i = 0; i < 4; i++) before.add((await call(host.url, 'pid')).json as number)
      await call(host.url, 'crash').catch(() => undefined) // the connection dies with its worker
      const after = new Set<number>()
      const deadline = Date.now() + 15_000
      while (after.size < 2 && Date.now() < deadline) {
        const answer = await call(host.url, 'pid')
        expect(answer.status).to.equal(200)
        after.add(answer.json as number)
        if (after.size < 2) await new Promise((resolve) => setTimeout(resolve, 50))
      }
      expect(after.size, 'two workers serve again').to.equal(2)
      expect(
        [...after].filter((pid) => !before.has(pid)),
        'one of them new',
      ).to.have.length(1)
      expect(host.output()).to.contain('a worker exited; starting another')
    } finally {
      host.kill('SIGTERM')
      expect(await host.exited).to.equal(0)
    }
  })
})
