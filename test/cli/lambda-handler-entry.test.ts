import { expect } from 'chai'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { callFunction, ROOT, runCli, startServe } from './run-cli.js'

// Entries whose only export is a Lambda `handler`: package uses it as it is; list, serve and
// invoke use the functions it carries (createHandler's config, bootstrap().lambda()'s application).

const ORDER = { id: 'o1', total: 79, currency: 'GBP' }
const LEGACY = '9ce44f88a25272b6d9cbb430ebbcfcf1'

interface Case {
  name: string
  entry: string
  /** invoke's target flags, and the call as a /function body. */
  target: string[]
  call: Record<string, unknown>
  options: object
  result: unknown
  manifest: unknown[]
}

const cases: Case[] = [
  {
    name: 'export const handler = bootstrap(AppModule).lambda() (samples/diy-lambda/handler.ts)',
    entry: path.join(ROOT, 'build/samples/diy-lambda/handler.js'),
    target: ['--diy', '--type', 'hook', '--function', 'preMap'],
    call: { diy: true, type: 'hook', function: 'preMap' },
    options: { data: [ORDER] },
    result: [{ data: { ...ORDER, totalUsd: 100 } }],
    manifest: [{ connector: 'diy', type: 'hook', name: 'preMap', kind: 'preMap', source: 'OrdersIntegration.preMap' }],
  },
  {
    name: 'exports.handler = lambda.createHandler(config) (test/fixtures/legacy-lambda.js)',
    entry: path.join(ROOT, 'test/fixtures/legacy-lambda.js'),
    target: ['--connector', LEGACY, '--type', 'hook', '--function', 'preSavePageFunction'],
    call: { _connectorId: LEGACY, type: 'hook', function: 'preSavePageFunction' },
    options: { data: [{ id: 3 }] },
    result: { data: [{ id: 3, seen: true }], errors: [], abort: false },
    manifest: [
      { connector: LEGACY, type: 'hook', name: 'preSavePageFunction', kind: null, source: null },
      { connector: LEGACY, type: 'hook', name: 'failing', kind: null, source: null },
      { connector: LEGACY, type: 'wrapper', name: 'pingConnection', kind: null, source: null },
    ],
  },
]

/** Unzips `zip` into a folder with no node_modules and calls its index.handler there. */
function callZip(zip: string, event: object, clientContext: object): unknown {
  const unzipped = path.join(path.dirname(zip), 'task')
  execFileSync('unzip', ['-q', zip, '-d', unzipped])
  const script = `require('./index.js').handler(${JSON.stringify(event)}, { clientContext: ${JSON.stringify(clientContext)} })
    .then((r) => console.log(JSON.stringify(r)), (e) => console.log(JSON.stringify({ rejected: e.message })))`
  const stdout = execFileSync(process.execPath, ['-e', script], { cwd: unzipped, encoding: 'utf8' })
  return JSON.parse(stdout.trim().split('\n').at(-1) as string) // the handler's log line comes first, as on Lambda
}

function withTempDir<T>(run: (dir: string) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ie-handler-entry-'))
  return run(dir).finally(() => fs.rmSync(dir, { recursive: true, force: true }))
}

describe('CLI: an entry that exports only a Lambda handler', function () {
  this.timeout(30_000)

  for (const c of cases) {
    describe(c.name, () => {
      it('list shows the functions the handler carries', async () => {
        const result = await runCli(['list', c.entry, '--json'])
        expect(result.code, result.stderr).to.equal(0)
        const manifest = JSON.parse(result.stdout) as Array<Record<string, unknown>>
        // The common columns (a decorated app's entries also name their group, class and method).
        expect(manifest.map(({ connector, type, name, kind, source }) => ({ connector, type, name, kind, source }))).to.deep.equal(c.manifest)
      })

      it('invoke and invoke --lambda call a function; stdout holds the result alone', async () => {
        for (const extra of [[], ['--lambda']]) {
          const result = await runCli(['invoke', c.entry, ...c.target, '--options', '-', ...extra], JSON.stringify(c.options))
          expect(result.code, result.stderr).to.equal(0)
          expect(JSON.parse(result.stdout), extra.join(' ')).to.deep.equal(c.result)
        }
      })

      it('serve answers /function; SIGTERM exits 0', async () => {
        const served = await startServe([c.entry, '--port', '0'])
        try {
          const answer = await callFunction(served, { ...c.call, options: c.options })
          expect(answer.status, served.output()).to.equal(200)
          expect(answer.json).to.deep.equal(c.result)
        } finally {
          served.kill('SIGTERM')
        }
        expect(await served.exited, served.output()).to.equal(0)
      })

      it('package: the zip answers with the entry’s own handler', () =>
        withTempDir(async (dir) => {
          const zip = path.join(dir, 'handler.zip')
          const result = await runCli(['package', c.entry, '--out', zip])
          expect(result.code, result.stderr).to.equal(0)
          expect(callZip(zip, c.options, c.call)).to.deep.equal(c.result)
        }))
    })
  }

  describe('a hand-written handler (nothing says which functions are behind it)', () => {
    const entry = path.join(ROOT, 'test/fixtures/cli/bare-handler.js')
    const message =
      /^error: .*bare-handler\.js exports only a Lambda `handler`, and list, serve and invoke need the functions behind it\. Create the handler with lambda\.createHandler\(config\) or bootstrap\(AppModule\)\.lambda\(\)/

    const refused: Array<[string, string[]]> = [
      ['list', ['list', entry]],
      ['serve', ['serve', entry, '--port', '0']],
      ['invoke', ['invoke', entry, '--diy', '--function', 'x']],
    ]
    for (const [command, args] of refused) {
      it(`${command}: exit 2, saying what to export`, async () => {
        const result = await runCli(args)
        expect(result.code).to.equal(2)
        expect(result.stderr).to.match(message)
        expect(result.stderr).not.to.match(/\n\s+at /) // no stack trace
        expect(result.stdout).to.equal('')
      })
    }

    it('invoke --lambda calls it as it is: its result (exit 0), or its error as the runtime reports it (exit 1)', async () => {
      const ok = await runCli(['invoke', entry, '--diy', '--type', 'hook', '--function', 'x', '--options', '-', '--lambda'], '{"data":[1]}')
      expect(ok.code, ok.stderr).to.equal(0)
      expect(JSON.parse(ok.stdout)).to.deep.equal({ event: { data: [1] }, clientContext: { diy: true, type: 'hook', function: 'x' } })
      const failed = await runCli(['invoke', entry, '--diy', '--function', 'x', '--options', '-', '--lambda'], '{"fail":true}')
      expect(failed.code).to.equal(1)
      expect(JSON.parse(failed.stdout)).to.deep.equal({ errorType: 'TypeError', errorMessage: 'bare handler failure' })
    })

    it('package: the zip’s handler is the entry’s own', () =>
      withTempDir(async (dir) => {
        const zip = path.join(dir, 'bare.zip')
        const result = await runCli(['package', entry, '--out', zip])
        expect(result.code, result.stderr).to.equal(0)
        expect(callZip(zip, { data: [2] }, { diy: true })).to.deep.equal({ event: { data: [2] }, clientContext: { diy: true } })
      }))
  })
})
