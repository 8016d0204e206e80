import { expect } from 'chai'
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { lambdaFixtures } from './fault-cases.js'

const run = promisify(execFile)

/** Loads the Lambda host one way in a fresh process, invokes once, and returns require.cache. */
async function probe(way: 'subpath' | 'root' | 'express'): Promise<{ result: unknown; files: string[] }> {
  const { stdout } = await run(process.execPath, [path.join(lambdaFixtures, 'cold-start-probe.js'), way], { timeout: 15_000 })
  const line = stdout.split('\n').find((l) => l.startsWith('PROBE '))
  if (line === undefined) throw new Error(`the probe printed no PROBE line:\n${stdout}`)
  return JSON.parse(line.slice('PROBE '.length)) as { result: unknown; files: string[] }
}

const HEAVY = /[\\/]node_modules[\\/](express|winston|inversify|@inversifyjs[\\/][^\\/]+)[\\/]/
const heavyIn = (files: string[]) => [...new Set(files.map((f) => HEAVY.exec(f)?.[1]).filter((p) => p !== undefined))].sort()
const distFiles = (files: string[]) =>
  files
    .map((f) => /[\\/]dist[\\/](.*)$/.exec(f)?.[1]?.split(path.sep).join('/'))
    .filter((f) => f !== undefined)
    .sort()
// The Express host and the rooms only it uses (metrics, workers). The logging room is one file
// (tools/bundle.js): the Lambda host's formatter and console writer, and the Express host's
// stdout lines, whose code is read but not run on Lambda.
const expressHostIn = (files: string[]) => files.filter((f) => /[\\/]dist[\\/](express|metrics|workers)[\\/]/.test(f))

describe('a Lambda cold start loads neither Express, winston nor inversify (require.cache of a fresh process)', () => {
  it("require('integrator-extension/lambda').createHandler + an invocation: no third-party package at all", async () => {
    const { result, files } = await probe('subpath')
    expect(result).to.deep.equal({ id: 1 })
    expect(files.filter((f) => /[\\/]node_modules[\\/]/.test(f))).to.deep.equal([])
    expect(expressHostIn(files)).to.deep.equal([])
    // One file (tools/bundle.js HOST): the Lambda host's bundle carries the modules of its call path, whichever room owns them.
    expect(distFiles(files)).to.deep.equal(['lambda/index.js'])
  })

  it("require('integrator-extension').lambda.createHandler + an invocation", async () => {
    const { result, files } = await probe('root')
    expect(result).to.deep.equal({ id: 1 })
    expect(heavyIn(files)).to.deep.equal([])
    expect(expressHostIn(files)).to.deep.equal([])
    // The decorators, the contract helpers, the error classes and ExtensionContext load when first read (src/root/lazy-framework.ts). (The
    // strictContracts checks are in dist/core/index.js, loaded only by a dispatcher that uses them.)
    expect(files.filter((f) => /[\\/]dist[\\/](decorators|contracts|scanner|container|bootstrap|express|entry|cli|errors|context)[\\/]/.test(f))).to.deep.equal(
      [],
    )
    // Nor the core's or the logging room's bundles: the CLI's entry capture and createContextLogger load on first use (root/).
    expect(distFiles(files)).to.deep.equal(['index.js', 'lambda/index.js', 'polyfills/symbol-metadata.js'])
  })

  it('the root still shows every export to ES module importers (cjs-module-lexer sees the lazy getters)', async () => {
    const root = path.resolve(__dirname, '../../..')
    const { stdout } = await run(
      process.execPath,
      ['--input-type=module', '-e', "import * as ns from 'integrator-extension'; console.log(JSON.stringify(Object.keys(ns)))"],
      { cwd: root },
    )
    const esm = (JSON.parse(stdout) as string[]).filter((name) => !['default', 'module.exports', '__esModule'].includes(name))
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const cjs = Object.keys(require('integrator-extension') as object).filter((name) => name !== '__esModule')
    expect(esm.sort()).to.deep.equal(cjs.sort())
    expect(esm).to.include.members(['Hook', 'Module', 'createToken', 'withKind', 'CONTRACT_KINDS', 'lambda', 'bootstrap', 'ExtensionContext'])
    // A value added to decorators/, contracts/, errors/ or context/ must be added to root/lazy-framework.ts too.
    const dist = path.resolve(__dirname, '../../../dist')
    for (const part of ['decorators', 'contracts', 'errors', 'context']) {
      const values = Object.keys(require(path.join(dist, part, 'index.js')) as object).filter((name) => name !== '__esModule')
      expect(cjs, `every value export of dist/${part}`).to.include.members(values)
    }
  })

  it('control: the probe does see them once the Express host is used', async () => {
    const { result, files } = await probe('express')
    expect(result).to.deep.equal({ id: 1 })
    expect(heavyIn(files)).to.include('express')
    expect(expressHostIn(files)).to.not.deep.equal([])
  })
})
