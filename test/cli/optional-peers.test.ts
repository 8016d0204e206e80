import { expect } from 'chai'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { internalModule } from '../support/internal-module.js'
import { ROOT } from './run-cli.js'

// Internal (not a package export): read from the build.
const { MissingPeerError, requireOptionalPeer } = internalModule('core/optional-peer.js') as {
  MissingPeerError: new (...args: never[]) => Error
  requireOptionalPeer: <T>(name: string, neededFor: string) => T
}

// The CLI's tools (commander, esbuild, yazl), prom-client and winston are optional peer
// dependencies: a production install of the runtime does not carry them (package.json).
describe('optional peer dependencies: missing, a one-line error naming what to install', () => {
  it('the CLI without commander: one line on stderr saying what to install, exit 2', () => {
    // dist/ alone, outside this repository: nothing above it has a node_modules with commander.
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'ie-no-peers-'))
    try {
      fs.cpSync(path.join(ROOT, 'dist'), path.join(copy, 'dist'), { recursive: true })
      fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(copy, 'package.json'))
      const run = spawnSync(process.execPath, [path.join(copy, 'dist/cli/main.js'), 'list', 'x.js'], { encoding: 'utf8' })
      expect(run.status).to.equal(2)
      expect(run.stderr.trim().split('\n')).to.have.length(1)
      expect(run.stderr).to.match(/^error: the integrator-extension CLI needs commander, .*npm install --save-dev commander esbuild yazl\)$/m)
    } finally {
      fs.rmSync(copy, { recursive: true, force: true })
    }
  })

  it('a missing peer is a MissingPeerError naming the feature and the install command', () => {
    const load = (): unknown => requireOptionalPeer('integrator-extension-no-such-peer', "The Express host's `metrics` option")
    expect(load).to.throw(
      MissingPeerError,
      "The Express host's `metrics` option needs integrator-extension-no-such-peer, an optional peer dependency of integrator-extension: npm install integrator-extension-no-such-peer",
    )
  })

  it('an installed peer loads; an error inside it is its own, not "missing"', () => {
    expect(requireOptionalPeer<{ Registry: unknown }>('prom-client', 'metrics').Registry).to.be.a('function')
    const broken = path.join(os.tmpdir(), `ie-broken-peer-${process.pid}.js`)
    fs.writeFileSync(broken, "require('integrator-extension-also-missing')\n")
    try {
      let thrown: unknown
      try {
        requireOptionalPeer(broken, 'a test')
      } catch (error) {
        thrown = error
      }
      expect(String(thrown)).to.match(/Cannot find module 'integrator-extension-also-missing'/)
      expect(thrown).not.to.be.instanceOf(MissingPeerError)
    } finally {
      fs.rmSync(broken, { force: true })
    }
  })
})
