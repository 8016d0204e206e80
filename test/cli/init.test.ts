import { expect } from 'chai'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expectServes, linkedWorkspace, npm } from './init-project.js'
import { ROOT, runCli } from './run-cli.js'

const { makeFixture } = require(path.join(ROOT, 'dist/cli/fixtures/fixture-kinds.js')) as { makeFixture(group: string, kind: string): object }
const CONNECTOR = '64a1f0c2b3d4e5f60718293a'
const TEMPLATE_CONNECTOR_ID = '5f3c0a9e1b2d4c6e8a0b1c2d'
const ownPackage = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string>; files: string[] }

const COMBOS = [
  { flags: ['--express', '--diy'], host: 'express', target: { diy: true } },
  { flags: ['--express', '--connector', CONNECTOR], host: 'express', target: { _connectorId: CONNECTOR } },
  { flags: ['--lambda', '--diy'], host: 'lambda', target: { diy: true } },
  { flags: ['--lambda', '--connector', CONNECTOR], host: 'lambda', target: { _connectorId: CONNECTOR } },
] as const

describe('CLI: init <dir>', function () {
  this.timeout(60_000)
  let dir: string

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ie-init-'))
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  const read = (project: string, file: string) => fs.readFileSync(path.join(project, file), 'utf8')
  // biome-ignore lint/suspicious/noExplicitAny: parsed JSON/YAML read by a test
  const readJson = (project: string, file: string) => JSON.parse(read(project, file)) as Record<string, any>

  async function init(name: string, ...flags: string[]): Promise<string> {
    const project = path.join(dir, name)
    const result = await runCli(['init', project, ...flags])
    expect(result.code, result.stderr).to.equal(0)
    expect(result.stderr).to.equal('')
    return project
  }

  it('init --help exits 0 with usage', async () => {
    const result = await runCli(['init', '--help'])
    expect(result.code).to.equal(0)
    expect(result.stdout).to.contain('Usage: integrator-extension init [options] <dir>').and.contain('--from <tarball|dir>')
  })

  describe('the files it writes', () => {
    it('default (--express --diy): the project, its README with its two commands, the next steps', async () => {
      const project = path.join(dir, 'My Orders')
      const result = await runCli(['init', project])
      expect(result.code).to.equal(0)
      expect(result.stdout).to.contain(`Created my-orders in ${project}: a DIY integration on Express, 10 files.`)
      expect(result.stdout).to.contain(`It depends on integrator-extension from this checkout, ${fs.realpathSync(ROOT)}`)
      expect(result.stdout).to.contain(`  cd ${JSON.stringify(project)}\n  npm install\n  npm test\n  npm start`)
      const files = fs.readdirSync(project, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
      expect(files.map((e) => path.relative(project, path.join(e.parentPath, e.name))).sort()).to.deep.equal([
        '.gitignore',
        'README.md',
        'fixtures/preSavePage.json',
        'package.json',
        'src/app.module.ts',
        'src/main.ts',
        'src/order-tagger.ts',
        'src/orders.ts',
        'test/orders.test.ts',
        'tsconfig.json',
      ])
      expect(read(project, 'README.md')).to.match(/^# my-orders\n[\s\S]*```sh\nnpm install\nnpm test\n```\n/)
      expect(read(project, '.gitignore')).to.contain('node_modules/').and.contain('dist/')
      expect(read(project, 'src/orders.ts')).to.contain('@Diy()').and.contain("@Hook('preSavePage')").and.contain("@Wrapper('ping')")
      expect(readJson(project, 'fixtures/preSavePage.json')).to.deep.equal(makeFixture('hook', 'preSavePage'))
    })

    it('package.json: this checkout as the dependency, the tools at the versions this package uses, the scripts of each host', async () => {
      const express = readJson(await init('a'), 'package.json')
      expect(express.dependencies).to.deep.equal({ 'integrator-extension': `file:${fs.realpathSync(ROOT)}` })
      for (const [tool, range] of Object.entries(express.devDependencies as Record<string, string>)) {
        expect(range, tool).to.equal(ownPackage.devDependencies[tool])
      }
      expect(express.scripts.start).to.equal('tsc && integrator-extension serve dist/src/app.module.js')
      expect(express.scripts.test).to.equal('tsc && mocha "dist/test/**/*.test.js"')
      const lambda = readJson(await init('b', '--lambda', '--connector', CONNECTOR), 'package.json')
      expect(lambda.scripts.start).to.equal(
        `tsc && integrator-extension invoke dist/src/handler.js --connector ${CONNECTOR} --type hook --function tagOrders --options fixtures/preSavePage.json --lambda`,
      )
      expect(lambda.scripts.package).to.equal('tsc && integrator-extension package dist/src/handler.js --out dist/lambda.zip')
    })

    it("--connector: the id replaces the template's everywhere", async () => {
      const project = await init('c', '--connector', CONNECTOR.toUpperCase())
      const all = ['src/orders.ts', 'src/app.module.ts', 'test/orders.test.ts', 'README.md'].map((f) => read(project, f)).join('\n')
      expect(all).not.to.contain(TEMPLATE_CONNECTOR_ID)
      expect(read(project, 'src/orders.ts')).to.contain(`export const ORDERS_CONNECTOR_ID = '${CONNECTOR}'`).and.contain('@Connector(ORDERS_CONNECTOR_ID)')
      expect(read(project, 'test/orders.test.ts')).to.contain('_connectorId: ORDERS_CONNECTOR_ID')
    })

    it('the templates hold the id init replaces, and ship in the package ("files")', () => {
      expect(fs.readFileSync(path.join(ROOT, 'templates/init/connector/src/orders.ts'), 'utf8')).to.contain(`'${TEMPLATE_CONNECTOR_ID}'`)
      expect(ownPackage.files).to.include('templates')
    })

    it('--from a tarball or a checkout: a file: dependency on it', async () => {
      const tarball = path.join(dir, 'integrator-extension-9.9.9.tgz')
      fs.writeFileSync(tarball, '')
      expect(readJson(await init('d', '--from', tarball), 'package.json').dependencies['integrator-extension']).to.equal(`file:${tarball}`)
      expect(readJson(await init('e', '--from', ROOT), 'package.json').dependencies['integrator-extension']).to.equal(`file:${ROOT}`)
    })
  })

  describe('refusals: exit 2, one error line, nothing written', () => {
    const refusals: Array<[string, (d: string) => string[], RegExp]> = [
      ['a non-empty folder', (d) => ['init', d], /^error: .* is not empty: give a new or empty folder\.$/],
      ['a file', (d) => ['init', path.join(d, 'existing')], /^error: .* is a file: give a new or empty folder\.$/],
      [
        'a malformed connector id',
        (d) => ['init', path.join(d, 'x'), '--connector', 'not-a-hex-id!!'],
        /^error: --connector not-a-hex-id!! is not a connector id: integrator\.io's are 24 hex digits/,
      ],
      ['--lambda with --express', (d) => ['init', path.join(d, 'x'), '--lambda', '--express'], /^error: give one of --lambda and --express/],
      ['--diy with --connector', (d) => ['init', path.join(d, 'x'), '--diy', '--connector', CONNECTOR], /^error: give one of --connector <id> and --diy/],
      ['--from nothing', (d) => ['init', path.join(d, 'x'), '--from', path.join(d, 'nope.tgz')], /^error: --from .*nope\.tgz: give a tarball/],
      [
        '--from another package',
        (d) => ['init', path.join(d, 'x'), '--from', path.join(ROOT, 'node_modules/chai')],
        /^error: --from .* is not a checkout of integrator-extension/,
      ],
    ]
    for (const [what, args, message] of refusals) {
      it(what, async () => {
        fs.writeFileSync(path.join(dir, 'existing'), 'kept\n')
        const result = await runCli(args(dir))
        expect(result.code).to.equal(2)
        expect(result.stderr.trimEnd().split('\n')).to.have.length(1)
        expect(result.stderr.trimEnd()).to.match(message)
        expect(fs.readdirSync(dir)).to.deep.equal(['existing'])
      })
    }
  })

  // Each combination built and tested with its own npm scripts, against this checkout linked in
  // (test/cli/init-e2e.test.ts installs from a packed tarball instead, for two of them).
  describe('each combination: npm test passes and npm start works (this checkout linked in)', () => {
    for (const combo of COMBOS) {
      it(combo.flags.join(' '), async () => {
        linkedWorkspace(dir)
        const project = await init('project', ...combo.flags, '--from', ROOT)
        const tested = await npm(['test'], project)
        expect(tested.code, tested.output).to.equal(0)
        expect(tested.output).to.match(/4 passing/)
        if (combo.host === 'lambda') {
          const started = await npm(['start', '--silent'], project)
          expect(started.code, started.output).to.equal(0)
          const result = JSON.parse(started.stdout) as { data: Array<{ large: boolean }> }
          expect(result.data.map((order) => typeof order.large)).to.deep.equal(['boolean', 'boolean', 'boolean'])
        } else {
          await expectServes(project, combo.target)
        }
      })
    }
  })
})
