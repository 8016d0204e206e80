import { expect } from 'chai'
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { ROOT, CLI, SAMPLE, callFunction, runCli, startServe, waitFor } from './run-cli.js'
import { alive } from '../support/process-alive.js'

const fixture = (name: string): string => path.join(ROOT, 'test/fixtures/cli', name)

describe('CLI: the real binary', function () {
  this.timeout(30_000)

  describe('--help', () => {
    for (const command of ['', 'serve', 'invoke', 'list', 'package']) {
      it(`${command || '(program)'} --help exits 0 with usage`, async () => {
        const result = await runCli([...(command ? [command] : []), '--help'])
        expect(result.code).to.equal(0)
        expect(result.stdout).to.contain('Usage: integrator-extension')
      })
    }
  })

  it('--version prints the package version', async () => {
    const result = await runCli(['--version'])
    expect(result.code).to.equal(0)
    expect(result.stdout.trim()).to.equal((JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version)
  })

  describe('list', () => {
    it('prints the manifest as a table', async () => {
      const result = await runCli(['list', SAMPLE])
      expect(result.code).to.equal(0)
      const lines = result.stdout.trim().split('\n')
      expect(lines[0]).to.match(/^CONNECTOR\s+TYPE\s+NAME\s+KIND\s+SOURCE$/)
      expect(lines.slice(1).map((l) => l.split(/\s+/).slice(0, 3).join(' '))).to.deep.equal([
        'diy hook preSavePageFunction',
        'diy hook preMapFunction',
        'diy wrapper pingFunction',
      ])
    })

    it('--json prints the same manifest as JSON', async () => {
      const result = await runCli(['list', SAMPLE, '--json'])
      expect(JSON.parse(result.stdout)).to.deep.equal([
        { connector: 'diy', type: 'hook', name: 'preSavePageFunction', kind: null, source: null },
        { connector: 'diy', type: 'hook', name: 'preMapFunction', kind: null, source: null },
        { connector: 'diy', type: 'wrapper', name: 'pingFunction', kind: null, source: null },
      ])
    })
  })

  describe('invoke', () => {
    const hook = ['invoke', SAMPLE, '--diy', '--type', 'hook']

    it('calls a function with --options from a file and prints its JSON result (exit 0)', async () => {
      const file = path.join(os.tmpdir(), `ie-options-${process.pid}.json`)
      fs.writeFileSync(file, JSON.stringify({ data: [{ id: 1 }] }))
      const result = await runCli([...hook, '--function', 'preSavePageFunction', '--options', file])
      fs.rmSync(file)
      expect(result.code).to.equal(0)
      expect(JSON.parse(result.stdout)).to.deep.equal({
        data: [{ id: 1, processedBy: 'integrator-extension' }],
        errors: [],
        abort: false,
        newErrorsAndRetryData: [],
      })
    })

    it('reads --options - from stdin; --lambda routes through the Lambda handler', async () => {
      for (const extra of [[], ['--lambda']]) {
        const result = await runCli([...hook, '-f', 'preMapFunction', '-o', '-', ...extra], '{"data":[1,2]}')
        expect(result.code).to.equal(0)
        expect(JSON.parse(result.stdout)).to.deep.equal([{ data: 1 }, { data: 2 }])
      }
    })

    it('an unknown function: exit 1 with the {errors} body, over both routes', async () => {
      const expected = { errors: [{ code: 'invalid_function', message: "The function passed in the extension options doesn't map to a function." }] }
      const direct = await runCli([...hook, '-f', 'nope'])
      expect(direct.code).to.equal(1)
      expect(JSON.parse(direct.stdout)).to.deep.equal(expected)
      const viaLambda = await runCli([...hook, '-f', 'nope', '--lambda'])
      expect(viaLambda.code).to.equal(1)
      expect(JSON.parse(viaLambda.stdout)).to.deep.equal({ statusCode: 422, ...expected })
    })

    for (const [fn, errors] of [
      ['throwInTimer', [{ code: 'timer_code', message: 'thrown in a timer' }]],
      ['rejectInTimer', [{ code: 'Error', message: 'rejected in a timer' }]],
      ['throwingGetter', [{ code: 'invalid_extension_response', message: 'Extension response is not serializable.' }]],
    ] as const) {
      it(`a function that fails outside its stack or in its result (${fn}): the {errors} body, exit 1, no stack trace`, async () => {
        for (const extra of [[], ['--lambda']]) {
          const result = await runCli(['invoke', fixture('faulty-entry.js'), '--diy', '--type', 'hook', '-f', fn, ...extra])
          expect(result.code, result.stderr).to.equal(1)
          expect(JSON.parse(result.stdout)).to.deep.include({ errors })
          expect(result.stderr).not.to.match(/\n\s+at /) // no stack trace
          // The direct route says it in one line; through --lambda the handler's own JSON log line may carry the stack.
          if (extra.length === 0) expect(result.stderr).not.to.match(/\\n\s+at /)
          // Each line is the CLI's `error:` line, a readable log line, or (--lambda) the Lambda host's JSON line.
          const known = (line: string): boolean =>
            /^(error: |\d\d:\d\d:\d\d\.\d{3} (info|warn|error) )/.test(line) || (extra.length > 0 && line.startsWith('{"level":'))
          expect(result.stderr.trim().split('\n').every(known), result.stderr).to.equal(true)
        }
      })
    }

    const usage: Array<[string, string[], string, RegExp]> = [
      ['a missing entry', ['invoke', 'nowhere.js', '--diy', '-f', 'x'], '', /^error: Entry file not found: nowhere.js/],
      ['bad JSON in --options', [...hook, '-f', 'preMapFunction', '-o', '-'], '{bad', /^error: --options - is not valid JSON/],
      ['an unreadable --options file', [...hook, '-f', 'x', '-o', '/nonexistent.json'], '', /^error: cannot read --options \/nonexistent.json: ENOENT/],
      ['neither --diy nor --connector', ['invoke', SAMPLE, '-f', 'x'], '', /^error: give exactly one of --diy and --connector/],
      ['an unknown flag', ['invoke', SAMPLE, '--diy', '-f', 'x', '--bogus'], '', /^error: unknown option '--bogus'/],
      ['a missing --function', ['invoke', SAMPLE, '--diy'], '', /required option '-f, --function <name>' not specified/],
      [
        'an entry that exports no config',
        ['invoke', path.join(ROOT, 'build/samples/diy-express/functions.js'), '--diy', '-f', 'x'],
        '',
        /exports no extension config/,
      ],
      ['a TypeScript entry', ['list', path.join(ROOT, 'samples/diy-express/extension.ts')], '', /is TypeScript: compile it first/],
      ['a bad --port', ['serve', SAMPLE, '--port', 'abc'], '', /must be a port number/],
      [
        '--workers 0',
        ['serve', SAMPLE, '--workers', '0'],
        '',
        /option '--workers <n>' argument '0' is invalid\. must be a whole number of processes from 1 to 1024/,
      ],
      // Past the config's range: refused as a usage mistake, not by the host at run time (exit 1, "ExtensionError:").
      [
        '--workers 1025',
        ['serve', SAMPLE, '--port', '0', '--workers', '1025'],
        '',
        /^error: option '--workers <n>' argument '1025' is invalid\. must be a whole number of processes from 1 to 1024\.\n/,
      ],
      ['--workers 1.5', ['serve', SAMPLE, '--workers', '1.5'], '', /option '--workers <n>' argument '1\.5' is invalid/],
      ['--workers abc', ['serve', SAMPLE, '--workers', 'abc'], '', /option '--workers <n>' argument 'abc' is invalid/],
      ['--watch with --workers', ['serve', SAMPLE, '--watch', '--workers', '2'], '', /^error: --watch and --workers cannot be combined/],
      [
        'a config the hosts refuse',
        ['list', fixture('unusable-config.js')],
        '',
        /^error: .*unusable-config\.js: its config is not usable: The diy field must be an object/,
      ],
      [
        'a @Module mistake',
        ['list', fixture('bad-module.js')],
        '',
        /^error: .*bad-module\.js: AppModule and the modules it imports list no connectors and no diy\./,
      ],
      ['package --out a folder', ['package', SAMPLE, '--out', os.tmpdir()], '', /^error: --out .* is a folder: give the zip's file name/],
      ['an unknown command', ['bogus'], '', /^error: unknown command 'bogus'\n\(add --help for usage\)\n$/],
      ["serve --token ''", ['serve', SAMPLE, '--port', '0', '--token', ''], '', /^error: --token must not be empty: .*\n$/],
    ]
    for (const [row, args, stdin, message] of usage) {
      it(`${row}: exit 2 with a clear message on stderr`, async () => {
        const result = await runCli(args, stdin)
        expect(result.code).to.equal(2)
        expect(result.stderr).to.match(message)
        expect(result.stderr).not.to.match(/\n\s+at /) // no stack trace
      })
    }
  })

  describe('serve', () => {
    it('a --host that does not resolve: one error line, exit 1, no stack trace', async () => {
      const result = await runCli(['serve', SAMPLE, '--port', '0', '--host', 'no such host!'])
      expect(result.code).to.equal(1)
      expect(result.stderr).to.match(/^error: cannot listen on no such host!:0: no interface has that name \(ENOTFOUND\)\. Give an address with --host/)
      expect(result.stderr).not.to.match(/\n\s+at /)
    })

    it('serves on 127.0.0.1 with a printed token and a curl line that works; SIGTERM exits 0', async () => {
      const child = spawn(process.execPath, [CLI, 'serve', SAMPLE, '--port', '0'], { cwd: ROOT })
      let out = ''
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
      try {
        await waitFor(() => /curl .*\n/.test(out))
        const token = /Bearer ([0-9a-f]{32})'/.exec(out)?.[1]
        expect(out.split(token as string), 'a generated token is printed once').to.have.length(2)
        const url = /(http:\/\/127\.0\.0\.1:\d+)\/function/.exec(out)?.[1]
        const body = /-d '(.*)'/.exec(out)?.[1]
        expect(token && url && body, out).to.be.a('string')
        const response = await fetch(`${url}/function`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: body as string,
        })
        expect(response.status).to.equal(200)
      } finally {
        child.kill('SIGTERM')
      }
      expect(await exited).to.equal(0)
    })

    it("the curl line sends the first function's kind a fixture page: a hook reading options.data answers 200 through a real shell", async () => {
      const served = await startServe([fixture('kinded-hook-entry.js'), '--port', '0'])
      try {
        const curl = /(curl -s -X POST .*)\n/.exec(served.output())?.[1]
        expect(curl, served.output()).to.be.a('string')
        // The shell the user pastes into, with node's fetch standing in for curl: same words, same quoting.
        const words = execFileSync('sh', ['-c', `printf '%s\\n' ${(curl as string).replace(/^curl /, '')}`], { encoding: 'utf8' }).split('\n')
        const body = words[words.indexOf('-d') + 1] as string
        const answer = await callFunction(served, JSON.parse(body) as object)
        expect(answer.status, JSON.stringify(answer.json)).to.equal(200)
        expect((answer.json as { data: Array<{ seen: boolean }> }).data).to.have.length(1)
      } finally {
        served.kill('SIGTERM')
        await served.exited
      }
    })

    it('--workers 2: two processes answer with the printed token, the primary only supervises; SIGTERM exits 0', async () => {
      const served = await startServe([path.join(ROOT, 'test/fixtures/cli/pid-entry.js'), '--port', '0', '--workers', '2'])
      const pids = new Set<unknown>()
      try {
        const primary = Number(/this one \(pid (\d+)\) supervises them/.exec(served.output())?.[1])
        expect(primary, served.output()).to.be.above(0)
        // A new connection per call: the cluster deals connections out round robin.
        for (let i = 0; i < 8; i++) {
          const answer = await callFunction(served, { diy: true, type: 'hook', function: 'pid', options: {} })
          expect(answer.status, served.output()).to.equal(200)
          pids.add(answer.json)
        }
        expect(pids.size, `served by ${[...pids].join(', ')}`).to.equal(2)
        expect(pids.has(primary)).to.equal(false)
        expect(served.output().match(/Serving /g)).to.have.length(1) // the workers print no banner of their own
      } finally {
        served.kill('SIGTERM')
      }
      expect(await served.exited, served.output()).to.equal(0)
      for (const pid of pids) expect(alive(pid as number), `worker ${String(pid)} still running`).to.equal(false)
    })

    it('a token given with --token is never printed; --workers get theirs by IPC, not in their environment', async () => {
      const given = await startServe([SAMPLE, '--port', '0', '--token', 'given-secret-1'])
      try {
        expect(given.output()).not.to.contain('given-secret-1')
        expect(given.output()).to.contain('(system token: as given)')
        expect(given.output()).to.contain('Authorization: Bearer <your token>')
        const answer = await callFunction(
          { ...given, token: 'given-secret-1' },
          { diy: true, type: 'hook', function: 'preMapFunction', options: { data: [1] } },
        )
        expect(answer.status).to.equal(200)
      } finally {
        given.kill('SIGTERM')
      }
      expect(await given.exited).to.equal(0)

      const served = await startServe([path.join(ROOT, 'test/fixtures/cli/pid-entry.js'), '--port', '0', '--workers', '2'])
      try {
        const pids = new Set<number>()
        for (let i = 0; i < 6; i++) pids.add((await callFunction(served, { diy: true, type: 'hook', function: 'pid', options: {} })).json as number)
        expect(pids.size).to.be.above(0)
        for (const pid of [...pids, served.pid]) {
          expect(fs.readFileSync(`/proc/${pid}/environ`, 'latin1'), `environment of ${pid}`).not.to.contain(served.token)
          expect(fs.readFileSync(`/proc/${pid}/cmdline`, 'latin1'), `argv of ${pid}`).not.to.contain(served.token)
        }
      } finally {
        served.kill('SIGTERM')
      }
      expect(await served.exited).to.equal(0)
    })

    it('a port in use: exit 1 with one line saying so, with and without --workers', async () => {
      const taken = net.createServer()
      await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve))
      const port = String((taken.address() as net.AddressInfo).port)
      try {
        for (const extra of [[], ['--workers', '2']]) {
          const result = await runCli(['serve', SAMPLE, '--port', port, ...extra])
          expect(result.code, result.stderr).to.equal(1)
          expect(result.stderr).to.contain(`error: cannot listen on 127.0.0.1:${port}: the port is in use (EADDRINUSE). Choose another with --port`)
          expect(result.stderr).not.to.match(/\n\s+at /)
        }
      } finally {
        taken.close()
      }
    })

    it('--watch restarts on a change and keeps the same token', async () => {
      const dir = fs.mkdtempSync(path.join(ROOT, 'build', 'watch-'))
      const entry = path.join(dir, 'entry.js')
      const write = (answer: string) => fs.writeFileSync(entry, `module.exports = { diy: { hooks: { who: () => ${JSON.stringify(answer)} } } }\n`)
      write('before')
      const child = spawn(process.execPath, [CLI, 'serve', entry, '--port', '0', '--token', 'watch-token', '--watch'], { cwd: ROOT })
      let out = ''
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
      const ask = async () => {
        const url = [...out.matchAll(/(http:\/\/127\.0\.0\.1:\d+) \(system token/g)].at(-1)?.[1]
        const response = await fetch(`${url}/function`, {
          method: 'POST',
          headers: { authorization: 'Bearer watch-token', 'content-type': 'application/json' },
          body: JSON.stringify({ diy: true, type: 'hook', function: 'who', options: {} }),
        })
        return response.json()
      }
      try {
        await waitFor(() => out.includes('system token'))
        expect(await ask()).to.equal('before')
        // Neither the watcher nor the server it restarts has the token in its argv; it was never printed.
        const withToken = fs
          .readdirSync('/proc')
          .filter((pid) => /^\d+$/.test(pid) && Number(pid) !== child.pid)
          .filter((pid) => {
            try {
              return fs.readFileSync(`/proc/${pid}/cmdline`, 'latin1').includes('watch-token')
            } catch {
              return false // exited meanwhile
            }
          })
        expect(withToken, 'processes with the token in argv').to.deep.equal([])
        expect(out).not.to.contain('watch-token')
        const served = out.split('system token').length
        write('after')
        await waitFor(() => out.split('system token').length > served)
        expect(await ask()).to.equal('after')
      } finally {
        child.kill('SIGTERM')
        fs.rmSync(dir, { recursive: true, force: true })
      }
    })
  })

  describe('package', () => {
    it('refuses an --out that exists and is not a zip (the entry, a source file): exit 2, one error line, the file untouched', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ie-package-'))
      try {
        const entry = path.join(dir, 'extension.js')
        fs.copyFileSync(fixture('pid-entry.js'), entry) // self-contained: loads from anywhere
        const notes = path.join(dir, 'notes.txt')
        fs.writeFileSync(notes, 'keep me')
        for (const [out, message] of [
          [entry, /^error: --out .*extension\.js is the entry itself/],
          [notes, /^error: --out .*notes\.txt exists and is not a zip; it was left as it is/],
        ] as const) {
          const before = fs.readFileSync(out)
          const result = await runCli(['package', entry, '--out', out])
          expect(result.code, result.stderr).to.equal(2)
          expect(result.stderr).to.match(message)
          expect(result.stderr.trim().split('\n')).to.have.length(1)
          expect(fs.readFileSync(out).equals(before), 'the file is untouched').to.equal(true)
        }
      } finally {
        fs.rmSync(dir, { recursive: true, force: true })
      }
    })

    it("--out newdir/ (a folder that does not exist yet) says to give the zip's file name", async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ie-package-'))
      try {
        const result = await runCli(['package', SAMPLE, '--out', path.join(dir, 'newdir') + '/'])
        expect(result.code).to.equal(2)
        expect(result.stderr).to.match(/^error: --out .*newdir\/ names a folder: give the zip's file name, e\.g\. .*newdir\/lambda\.zip\.\n$/)
      } finally {
        fs.rmSync(dir, { recursive: true, force: true })
      }
    })

    it('writes a Lambda zip whose index.handler answers when loaded from the unzipped folder', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ie-package-'))
      try {
        const zip = path.join(dir, 'out', 'sample.zip')
        const result = await runCli(['package', SAMPLE, '--out', zip])
        expect(result.code).to.equal(0)
        expect(result.stdout).to.match(/Wrote .*sample\.zip \(\d+\.\d KiB\)\. Lambda handler: index\.handler/)
        const unzipped = path.join(dir, 'task')
        execFileSync('unzip', ['-q', zip, '-d', unzipped])
        expect(fs.readdirSync(unzipped)).to.deep.equal(['index.js'])
        // A plain entry's bundle: the core and the Lambda host, not the decorator framework or the Express host.
        const bundle = fs.readFileSync(path.join(unzipped, 'index.js'), 'utf8')
        expect(bundle).to.not.include('inversifyjs/')
        expect(bundle).to.not.include('ExtensionServer')
        // Bundled from the ES module build (dist/esm/), which esbuild tree-shakes, not from the room
        // bundles (their accessor's symbol): the plain zip loaded 3x slower from those (docs/performance.md).
        expect(bundle).to.not.include('integrator-extension.room-files')
        // A fresh process outside the project: only what the zip holds can be loaded.
        const script = `
          const { handler } = require('./index.js')
          handler({ data: [{ id: 9 }] }, { clientContext: { diy: true, type: 'hook', function: 'preSavePageFunction' } })
            .then((r) => console.log(JSON.stringify(r)))
          `
        const stdout = execFileSync(process.execPath, ['-e', script], { cwd: unzipped, encoding: 'utf8' })
        const answer = stdout.trim().split('\n').at(-1) as string // the handler's log line comes first, as on Lambda
        expect(JSON.parse(answer)).to.deep.include({ data: [{ id: 9, processedBy: 'integrator-extension' }] })
        // An earlier zip is overwritten.
        expect((await runCli(['package', SAMPLE, '--out', zip])).code).to.equal(0)
      } finally {
        fs.rmSync(dir, { recursive: true, force: true })
      }
    })
  })
})
