import { expect } from 'chai'
import path from 'node:path'
import { CONTRACT_KINDS, Dispatcher, type ContractGroup } from 'integrator-extension'
import { config } from './all-kinds-entry.js'
import { ROOT, runCli } from './run-cli.js'

const ENTRY = path.join(ROOT, 'build/test/cli/all-kinds-entry.js')
// The CLI's own module, from the build (src/cli is not part of the package's API).
const { makeFixture } = require(path.join(ROOT, 'dist/cli/fixtures/fixture-kinds.js')) as {
  makeFixture(group: ContractGroup, kind: string, records?: number): Record<string, unknown>
}

const GROUPS = Object.keys(CONTRACT_KINDS) as ContractGroup[]
const ALL = GROUPS.flatMap((group) => CONTRACT_KINDS[group].map((kind) => ({ group, kind: kind as string })))
const TYPE_FLAG = (group: ContractGroup) => (group === 'flat' ? [] : ['--type', group])
/** Kinds two groups share need --type on `fixture`. */
const shared = (kind: string) => GROUPS.filter((g) => (CONTRACT_KINDS[g] as readonly string[]).includes(kind)).length > 1
const ID = /^[0-9a-f]{24}$/

describe('CLI: fixture <kind>', function () {
  this.timeout(30_000)

  describe('in-process: every kind passes its strict contract through the dispatcher', () => {
    for (const { group, kind } of ALL) {
      it(`${group} ${kind}`, async () => {
        const options = makeFixture(group, kind)
        const outcome = await new Dispatcher(config).dispatch({
          extensionOptions: { diy: true, function: kind, ...(group === 'flat' ? {} : { type: group }) },
          functionOptions: options,
        })
        expect(outcome, JSON.stringify(outcome)).to.include({ ok: true })
        expect(options.bearerToken, 'bearerToken').to.be.a('string')
        for (const field of ['_integrationId', '_flowId', '_exportId', '_importId', '_connectionId']) {
          if (field in options) expect(options[field], field).to.match(ID)
        }
      })
    }
  })

  it('the checks are on: a preMap that drops a record of the fixture is a contract_violation', async () => {
    const dropping = { ...config, diy: { hooks: { preMap: (o: { data: unknown[] }) => o.data.slice(1).map((data) => ({ data })) } } }
    const outcome = await new Dispatcher(dropping).dispatch({
      extensionOptions: { diy: true, type: 'hook', function: 'preMap' },
      functionOptions: makeFixture('hook', 'preMap'),
    })
    expect(outcome).to.have.nested.property('errors[0].code', 'contract_violation')
  })

  it('is deterministic, and --records sets the page size', () => {
    expect(makeFixture('hook', 'postSubmit')).to.deep.equal(makeFixture('hook', 'postSubmit'))
    const page = makeFixture('hook', 'postSubmit', 5)
    for (const field of ['preMapData', 'postMapData', 'responseData']) expect(page[field], field).to.have.length(5)
    expect(makeFixture('hook', 'preSavePage', 0).data).to.deep.equal([])
    // Ids and values come from the seed: a snapshot of the shape a test can rely on.
    expect(Object.keys(makeFixture('hook', 'preSavePage'))).to.deep.equal([
      'bearerToken',
      '_integrationId',
      '_flowId',
      '_exportId',
      '_connectionId',
      'settings',
      'configuration',
      'data',
      'errors',
      'pageIndex',
      'lastExportDateTime',
      'currentExportDateTime',
      'testMode',
    ])
  })

  describe('through the real binary: fixture | invoke --options -', () => {
    for (const [group, kind] of [
      ['hook', 'preSavePage'],
      ['hook', 'postSubmit'],
      ['wrapper', 'import'],
      ['setting', 'persistSettings'],
      ['flat', 'changeEdition'],
    ] as const) {
      it(`${group} ${kind}${group === 'hook' && kind === 'preSavePage' ? ' (also over --lambda)' : ''}`, async () => {
        const printed = await runCli(['fixture', kind, ...(shared(kind) ? ['--type', group] : [])])
        expect(printed.code, printed.stderr).to.equal(0)
        expect(JSON.parse(printed.stdout)).to.deep.equal(makeFixture(group, kind))
        for (const extra of kind === 'preSavePage' ? [[], ['--lambda']] : [[]]) {
          const invoked = await runCli(['invoke', ENTRY, '--diy', ...TYPE_FLAG(group), '--function', kind, '--options', '-', ...extra], printed.stdout)
          expect(invoked.code, invoked.stdout + invoked.stderr).to.equal(0)
        }
      })
    }

    it('fixture --help exits 0 with usage', async () => {
      const result = await runCli(['fixture', '--help'])
      expect(result.code).to.equal(0)
      expect(result.stdout).to.contain('Usage: integrator-extension fixture [options] <kind>')
    })

    it('--records 2 prints a page of two', async () => {
      const printed = await runCli(['fixture', 'preMap', '--records', '2'])
      expect(JSON.parse(printed.stdout)).to.have.property('data').with.length(2)
    })

    it('an unknown kind: exit 2, "did you mean", and the list of kinds', async () => {
      const result = await runCli(['fixture', 'preMapp'])
      expect(result.code).to.equal(2)
      expect(result.stdout).to.equal('')
      const lines = result.stderr.trim().split('\n')
      expect(lines).to.have.length(1)
      expect(lines[0]).to.match(/^error: unknown kind "preMapp" \(did you mean preMap\?\)/)
      for (const { kind } of ALL) expect(lines[0]).to.contain(kind)
    })

    it('a kind of two groups asks for --type; a wrong --type says which kinds it has', async () => {
      const both = await runCli(['fixture', 'update'])
      expect([both.code, both.stderr]).to.deep.equal([2, 'error: update is a kind of installer and of flat: add --type installer or --type flat.\n'])
      const wrong = await runCli(['fixture', 'ping', '--type', 'hook'])
      expect(wrong.code).to.equal(2)
      expect(wrong.stderr).to.match(/^error: ping is not a kind of hook; its kinds: preSavePage, /)
    })
  })
})
