import { expect } from 'chai'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ROOT, runCli } from './run-cli.js'

// An entry that exports a @Module class (and, from its imports, nothing else to choose from).
const ENTRY = path.join(ROOT, 'build/samples/connector-express/app.module.js')
const SHOPIFY = '9ce44f88a25272b6d9cbb430ebbcfcf1'

describe('CLI: an entry exporting a @Module class', function () {
  this.timeout(30_000)

  it('list shows the decorated functions, with kinds and sources', async () => {
    const result = await runCli(['list', ENTRY, '--json'])
    expect(result.code).to.equal(0)
    const manifest = JSON.parse(result.stdout) as Array<Record<string, unknown>>
    expect(manifest.map((e) => [e.type, e.name, e.kind, e.source])).to.deep.equal([
      ['hook', 'preSavePageFunction', 'preSavePage', 'ShopifyConnector.preSavePageFunction'],
      ['wrapper', 'pingConnection', 'ping', 'ShopifyConnector.ping'],
      ['installer', 'connectorInstallerFunction', null, 'ShopifyConnector.connectorInstallerFunction'],
      ['uninstaller', 'connectorUninstallerFunction', null, 'ShopifyConnector.connectorUninstallerFunction'],
      ['setting', 'persistSettings', null, 'ShopifyConnector.persistSettings'],
      [null, 'formInit', 'formInit', 'ShopifyConnector.formInit'],
    ])
  })

  for (const lambda of [false, true]) {
    it(`invoke${lambda ? ' --lambda' : ''} calls a decorated function`, async () => {
      const args = ['invoke', ENTRY, '--connector', SHOPIFY, '--type', 'hook', '--function', 'preSavePageFunction', '--options', '-']
      const result = await runCli(lambda ? [...args, '--lambda'] : args, JSON.stringify({ data: [{ id: 7 }] }))
      expect(result.code, result.stderr).to.equal(0)
      expect(JSON.parse(result.stdout)).to.deep.equal({ data: [{ id: 7, source: 'shopify' }], errors: [], abort: false, newErrorsAndRetryData: [] })
    })
  }

  it('package bundles a decorated app, inversify included: the zip answers from a folder with no node_modules', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ie-package-decorated-'))
    try {
      const zip = path.join(dir, 'diy.zip')
      const result = await runCli(['package', path.join(ROOT, 'build/samples/diy-lambda/app.module.js'), '--out', zip])
      expect(result.code, result.stderr).to.equal(0)
      const unzipped = path.join(dir, 'task')
      execFileSync('unzip', ['-q', zip, '-d', unzipped])
      // Bundled from the ES module build (dist/esm/) and inversify's own ES modules, which esbuild
      // tree-shakes: not from the room bundles (their accessor's symbol) nor the vendored inversify (its notice).
      const bundle = fs.readFileSync(path.join(unzipped, 'index.js'), 'utf8')
      expect(bundle).to.not.include('integrator-extension.room-files')
      expect(bundle).to.not.include('Bundled from npm packages')
      const script = `
        require('./index.js').handler({ data: [{ id: 'o1', total: 79, currency: 'GBP' }] }, { clientContext: { diy: true, type: 'hook', function: 'preMap' } })
          .then((r) => console.log(JSON.stringify(r)))
        `
      const stdout = execFileSync(process.execPath, ['-e', script], { cwd: unzipped, encoding: 'utf8', env: { ...process.env, NODE_EXTRA_CA_CERTS: '' } })
      expect(JSON.parse(stdout.trim().split('\n').at(-1) as string)).to.deep.equal([{ data: { id: 'o1', total: 79, currency: 'GBP', totalUsd: 100 } }])
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
