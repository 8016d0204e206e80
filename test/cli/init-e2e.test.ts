import { expect } from 'chai'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expectServes, npm, run } from './init-project.js'
import { ROOT, runCli } from './run-cli.js'

const CONNECTOR = '64a1f0c2b3d4e5f60718293a'
const INSTALL = ['install', '--prefer-offline', '--no-audit', '--no-fund']

/**
 * As a new user would: init → install integrator-extension from a packed tarball of this checkout
 * → the project's own npm test passes → npm start works. Slow (an npm install each), so two of
 * the four combinations; init.test.ts checks all four against the checkout linked in.
 */
describe('CLI: init end to end, from a packed tarball', function () {
  this.timeout(600_000)
  let dir: string
  let tarball: string

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ie-init-e2e-'))
    const packed = await npm(['pack', '--silent', '--pack-destination', dir], ROOT)
    expect(packed.code, packed.output).to.equal(0)
    tarball = path.join(dir, packed.stdout.trim().split('\n').pop() as string)
    expect(fs.existsSync(tarball), tarball).to.equal(true)
  })
  after(() => fs.rmSync(dir, { recursive: true, force: true }))

  async function initInstallTest(name: string, flags: string[]): Promise<string> {
    const project = path.join(dir, name)
    const started = Date.now()
    const created = await runCli(['init', project, ...flags, '--from', tarball])
    expect(created.code, created.stderr).to.equal(0)
    expect(created.stdout).to.contain(`It depends on integrator-extension from the tarball ${tarball}.`)
    const installed = await npm(INSTALL, project)
    expect(installed.code, installed.output).to.equal(0)
    const installedAt = Date.now()
    const tested = await npm(['test'], project)
    expect(tested.code, tested.output).to.equal(0)
    expect(tested.output).to.match(/4 passing/)
    const done = Date.now()
    console.log(
      `      init → npm install → npm test passing: ${((done - started) / 1000).toFixed(1)} s (install ${((installedAt - started) / 1000).toFixed(1)} s)`,
    )
    // The dependency is the packed checkout, not the registry's integrator-extension 0.3.x.
    const dependency = JSON.parse(fs.readFileSync(path.join(project, 'node_modules/integrator-extension/package.json'), 'utf8')) as { version: string }
    expect(dependency.version).to.equal((JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version)
    return project
  }

  it('--express --connector: npm test passes, npm start serves the hook', async () => {
    const project = await initInstallTest('express-connector', ['--express', '--connector', CONNECTOR])
    await expectServes(project, { _connectorId: CONNECTOR })
    // The installed CLI ships its templates, and knows it came from the tarball (npm's hidden lockfile).
    const again = await run(process.execPath, [
      path.join(project, 'node_modules/integrator-extension/dist/cli/main.js'),
      'init',
      path.join(dir, 'from-installed'),
    ])
    expect(again.code, again.output).to.equal(0)
    expect(again.stdout).to.contain(`It depends on integrator-extension from ${tarball}, where this CLI was installed from.`)
    expect(fs.readFileSync(path.join(dir, 'from-installed/src/orders.ts'), 'utf8')).to.contain('@Diy()')
  })

  it('--lambda --diy: npm test passes, npm start invokes the handler, npm run package writes the zip and the SAM template', async () => {
    const project = await initInstallTest('lambda-diy', ['--lambda', '--diy'])
    const invoked = await npm(['start', '--silent'], project)
    expect(invoked.code, invoked.output).to.equal(0)
    expect((JSON.parse(invoked.stdout) as { data: unknown[] }).data).to.have.length(3)
    const packaged = await npm(['run', 'package', '--silent'], project)
    expect(packaged.code, packaged.output).to.equal(0)
    expect(fs.statSync(path.join(project, 'dist/lambda.zip')).size).to.be.greaterThan(1000)
    expect(fs.readFileSync(path.join(project, 'dist/template.yaml'), 'utf8')).to.contain('CodeUri: lambda.zip')
  })
})
