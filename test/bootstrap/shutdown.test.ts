import { expect } from 'chai'
import { spawn } from 'node:child_process'
import path from 'node:path'

/** Starts the decorated child, signals it once it is ready, and collects its output and exit code. */
function signalChild(mode: 'express' | 'hooks', signal: NodeJS.Signals): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [path.join(__dirname, '../support/decorated-child-main.js')], {
    env: { ...process.env, MODE: mode, NODE_EXTRA_CA_CERTS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const collect = (chunk: Buffer): void => {
    output += chunk.toString()
    if (output.includes('READY') && !child.killed) child.kill(signal)
  }
  child.stdout.on('data', collect)
  child.stderr.on('data', collect)
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
  return new Promise((resolve) =>
    child.once('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, output })
    }),
  )
}

describe('bootstrap: process shutdown runs onDestroy (child processes)', function () {
  this.timeout(30_000)

  it('app.express(): SIGTERM closes the server, runs onDestroy, exits 0', async () => {
    const { code, output } = await signalChild('express', 'SIGTERM')
    expect(output).to.contain('ON_DESTROY_RAN')
    expect(code).to.equal(0)
  })

  it('app.enableShutdownHooks() (e.g. on Lambda): SIGINT runs onDestroy, exits 0', async () => {
    const { code, output } = await signalChild('hooks', 'SIGINT')
    expect(output).to.contain('ON_DESTROY_RAN')
    expect(code).to.equal(0)
  })
})
