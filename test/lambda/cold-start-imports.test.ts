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
const expressHostIn = (files: string[]) => files.filter((f) => /[\\/]dist[\\/]express[\\/]/.test(f))

describe('a Lambda cold start loads neither Express, winston nor inversify (require.cache of a fresh process)', () => {
  it("require('integrator-extension/lambda').createHandler + an invocation: no third-party package at all", async () => {
    const { result, files } = await probe('subpath')
    expect(result).to.deep.equal({ id: 1 })
    expect(files.filter((f) => /[\\/]node_modules[\\/]/.test(f))).to.deep.equal([])
    expect(expressHostIn(files)).to.deep.equal([])
  })

  it("require('integrator-extension').lambda.createHandler + an invocation", async () => {
    const { result, files } = await probe('root')
    expect(result).to.deep.equal({ id: 1 })
    expect(heavyIn(files)).to.deep.equal([])
    expect(expressHostIn(files)).to.deep.equal([])
  })

  it('control: the probe does see them once the Express host is used', async () => {
    const { result, files } = await probe('express')
    expect(result).to.deep.equal({ id: 1 })
    expect(heavyIn(files)).to.include('express')
    expect(expressHostIn(files)).to.not.deep.equal([])
  })
})
