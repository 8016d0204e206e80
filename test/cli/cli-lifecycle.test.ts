import { expect } from 'chai'
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { CLI, ROOT, callFunction, startServe, type CliResult } from './run-cli.js'

// An entry with a lifecycle (lifecycle-entry.ts) and the README's Express example (a server started at load).
const LIFE = path.join(ROOT, 'build/test/cli/lifecycle-entry.js')
const README_EXPRESS = path.join(ROOT, 'test/fixtures/cli/readme-express.js')
const HOOK = ['--diy', '--type', 'hook']

/** The real binary with extra environment; a run that does not end within `guardMs` is killed and fails the test. */
function run(args: string[], env: Record<string, string> = {}, stdin = '', guardMs = 20_000): Promise<CliResult & { hung: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    let hung = false
    const guard = setTimeout(() => {
      hung = true
      child.kill('SIGKILL')
    }, guardMs)
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(guard)
      resolve({ code, stdout, stderr, hung })
    })
    child.stdin.end(stdin)
  })
}

describe('CLI: never hangs, and runs no lifecycle at build time (issue 13 item 6)', function () {
  this.timeout(60_000)
  let dir: string
  let log: string
  const lines = (): string[] => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n') : [])

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-life-'))
    log = path.join(dir, 'lifecycle.log')
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  describe("the README's Express example (express.createServer(config) at load, nothing exported)", () => {
    it('list reads its config and exits; the server is not started', async () => {
      const { code, stdout, hung } = await run(['list', README_EXPRESS])
      expect(hung, 'list hung').to.equal(false)
      expect(code).to.equal(0)
      expect(stdout).to.match(/diy\s+hook\s+preSavePageFunction/)
      expect(stdout).not.to.contain('listening')
    })

    it('invoke calls a function of its config', async () => {
      const { code, stdout, hung } = await run(['invoke', README_EXPRESS, ...HOOK, '-f', 'preSavePageFunction', '--options', '-'], {}, '{"data":[{"id":7}]}')
      expect(hung).to.equal(false)
      expect(code).to.equal(0)
      expect(JSON.parse(stdout)).to.deep.equal({ data: [{ id: 7, seen: true }], errors: [], abort: false })
    })

    it('serve serves its config on the port the CLI chose (not the 8080 of the file)', async () => {
      const served = await startServe([README_EXPRESS, '--port', '0'])
      try {
        expect(served.url).not.to.contain(':8080')
        const answer = await callFunction(served, { diy: true, type: 'hook', function: 'preSavePageFunction', options: { data: [{ id: 1 }] } })
        expect(answer.status).to.equal(200)
        expect(served.output()).not.to.contain('listening on 8080')
      } finally {
        served.kill('SIGTERM')
      }
      expect(await served.exited).to.equal(0)
    })

    it('package refuses it in one line (in a zip, the server would start at every cold start); no zip is written', async () => {
      const out = path.join(dir, 'lambda.zip')
      const { code, stderr, hung } = await run(['package', README_EXPRESS, '--out', out, '--no-template'])
      expect(hung).to.equal(false)
      expect(code).to.equal(2)
      expect(stderr.trim().split('\n')).to.have.length(1)
      expect(stderr).to.match(/^error: .*readme-express\.js starts a server when loaded \(express\.createServer\(\)\)/)
      expect(fs.existsSync(out)).to.equal(false)
    })
  })

  it('an ES module awaiting the server it starts (top-level await) is listed and invoked, not left to end silently', async () => {
    const entry = path.join(ROOT, 'test/fixtures/cli/tla-express.mjs')
    const listed = await run(['list', entry])
    expect(listed.code).to.equal(0)
    expect(listed.stdout).to.match(/diy\s+hook\s+hello/)
    const invoked = await run(['invoke', entry, ...HOOK, '-f', 'hello'])
    expect(invoked.code).to.equal(0)
    expect(JSON.parse(invoked.stdout)).to.equal('hi')
  })

  it('plain connectors keys are accepted; one integrator.io could never send gets a warning line', async () => {
    const { code, stdout, stderr } = await run(['list', path.join(ROOT, 'test/fixtures/cli/odd-connector-keys.js')])
    expect(code).to.equal(0)
    expect(stdout).to.contain('not a hex id!!')
    expect(stderr).to.equal(
      'warning: the connectors config has the _connectorId "not a hex id!!", which integrator.io never sends: ' +
        "its ids are 24 (or 32) hex digits; for tests, a name of letters, digits, '-' and '_' is accepted.\n",
    )
  })

  describe('a decorated entry calling bootstrap(AppModule).express() at load', () => {
    it('list lists its module without creating instances (no onInit) and exits', async () => {
      const { code, stdout, hung } = await run(['list', LIFE], { LIFE_MODE: 'express', LIFE_PORT: '0', LIFE_LOG: log })
      expect(hung).to.equal(false)
      expect(code).to.equal(0)
      expect(stdout).to.match(/diy\s+hook\s+echo/)
      expect(lines()).to.deep.equal([])
    })

    it('invoke uses its module: onInit, the call, then onDestroy; the server it asked for is never started', async () => {
      const { code, stdout, hung } = await run(
        ['invoke', LIFE, ...HOOK, '-f', 'echo', '--options', '-'],
        { LIFE_MODE: 'express', LIFE_PORT: '0', LIFE_LOG: log },
        '{"n":3}',
      )
      expect(hung).to.equal(false)
      expect(code).to.equal(0)
      expect(JSON.parse(stdout)).to.deep.equal({ n: 3, db: true })
      expect(lines()).to.deep.equal(['onInit', 'onDestroy'])
    })
  })

  describe('an entry exporting bootstrap(AppModule).lambda() whose onInit fails', () => {
    const failing = () => ({ LIFE_MODE: 'lambda', LIFE_FAIL_INIT: '1', LIFE_LOG: log })

    it('list exits 0 without running onInit', async () => {
      const { code, hung } = await run(['list', LIFE], failing())
      expect(hung).to.equal(false)
      expect(code).to.equal(0)
      expect(lines()).to.deep.equal([])
    })

    it('package writes the zip without running onInit', async () => {
      const out = path.join(dir, 'lambda.zip')
      const { code, hung, stderr } = await run(['package', LIFE, '--out', out, '--no-template'], failing(), '', 50_000)
      expect(hung).to.equal(false)
      expect(code, stderr).to.equal(0)
      expect(fs.existsSync(out)).to.equal(true)
      expect(lines()).to.deep.equal([])
    })

    it('invoke fails with one error line naming the hook (exit 1); what was created is destroyed', async () => {
      const { code, stderr, hung } = await run(['invoke', LIFE, ...HOOK, '-f', 'echo'], { LIFE_FAIL_INIT: '1', LIFE_LOG: log })
      expect(hung).to.equal(false)
      expect(code).to.equal(1)
      expect(stderr).to.equal('error: Database.onInit() failed: database unreachable\n')
      expect(lines()).to.deep.equal(['onInit', 'onDestroy'])
    })

    it('serve fails with the same one line (exit 1)', async () => {
      const { code, stderr, hung } = await run(['serve', LIFE, '--port', '0'], { LIFE_FAIL_INIT: '1', LIFE_LOG: log })
      expect(hung).to.equal(false)
      expect(code).to.equal(1)
      expect(stderr).to.equal('error: Database.onInit() failed: database unreachable\n')
    })
  })

  it('serve on a port in use: onDestroy runs after onInit, one error line, and the process exits', async () => {
    const blocker = net.createServer()
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve))
    const port = (blocker.address() as net.AddressInfo).port
    try {
      // onInit starts an interval only onDestroy stops: without it, the process would stay up (guard).
      const { code, stderr, hung } = await run(['serve', LIFE, '--port', String(port)], { LIFE_LOG: log })
      expect(hung, 'serve stayed up').to.equal(false)
      expect(code).to.equal(1)
      expect(stderr).to.match(/^error: cannot listen on 127\.0\.0\.1:\d+: the port is in use \(EADDRINUSE\)/)
      expect(lines()).to.deep.equal(['onInit', 'onDestroy'])
    } finally {
      blocker.close()
    }
  })

  describe('invoke --timeout, --strict-contracts, --call-timeout', () => {
    it('--timeout cuts a function that never answers: exit 1 with a clear error', async () => {
      const { code, stderr, hung } = await run(['invoke', LIFE, ...HOOK, '-f', 'hang', '--timeout', '500'])
      expect(hung).to.equal(false)
      expect(code).to.equal(1)
      expect(stderr).to.match(/^error: invoke did not finish within 500 ms \(--timeout\)/)
    })

    it('--call-timeout fails a slow call with function_timeout', async () => {
      const { code, stdout } = await run(['invoke', LIFE, ...HOOK, '-f', 'slow', '--call-timeout', '20'])
      expect(code).to.equal(1)
      expect(JSON.parse(stdout).errors[0]).to.include({ code: 'function_timeout' })
    })

    it('--strict-contracts checks the result against its kind (and without it, it passes)', async () => {
      const strict = await run(['invoke', LIFE, ...HOOK, '-f', 'preMap', '--strict-contracts', '--options', '-'], {}, '{"data":[1]}')
      expect(strict.code).to.equal(1)
      expect(JSON.parse(strict.stdout).errors[0]).to.include({ code: 'contract_violation' })
      const lax = await run(['invoke', LIFE, ...HOOK, '-f', 'preMap', '--options', '-'], {}, '{"data":[1]}')
      expect(lax.code).to.equal(0)
    })

    for (const [flag, value] of [
      ['--timeout', '0'],
      ['--call-timeout', '2147483648'],
      ['--call-timeout', '1.5'],
    ]) {
      it(`${flag} ${value} is refused as the config's callTimeout would be (exit 2)`, async () => {
        const { code, stderr } = await run(['invoke', LIFE, ...HOOK, '-f', 'echo', flag as string, value as string])
        expect(code).to.equal(2)
        expect(stderr).to.contain('must be a whole number of milliseconds from 1 to 2147483647')
      })
    }

    it('serve --strict-contracts checks results on the real server', async () => {
      const served = await startServe([LIFE, '--port', '0', '--strict-contracts'])
      try {
        const answer = await callFunction(served, { diy: true, type: 'hook', function: 'preMap', options: { data: [1] } })
        expect(answer.status).to.equal(422)
        expect((answer.json as { errors: Array<{ code: string }> }).errors[0]).to.include({ code: 'contract_violation' })
      } finally {
        served.kill('SIGTERM')
      }
      expect(await served.exited).to.equal(0)
    })

    it('serve --call-timeout is range-checked too', async () => {
      const { code, stderr } = await run(['serve', LIFE, '--call-timeout', '0'])
      expect(code).to.equal(2)
      expect(stderr).to.contain('must be a whole number of milliseconds')
    })
  })
})
