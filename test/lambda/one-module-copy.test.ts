import { expect } from 'chai'
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { lambdaFixtures } from './fault-cases.js'

const run = promisify(execFile)

describe('the Lambda host loaded first, the package root after it: one copy of the call state', () => {
  it("the root's ExtensionContext sees the host's calls, and a timer's fault fails its own call only", async () => {
    const { stdout } = await run(process.execPath, [path.join(lambdaFixtures, 'one-copy-probe.js')], { timeout: 15_000 })
    const line = stdout.split('\n').find((l) => l.startsWith('PROBE '))
    expect(line, stdout).to.not.equal(undefined)
    const { outcomes } = JSON.parse(line!.slice('PROBE '.length)) as { outcomes: unknown[] }
    expect(outcomes[0]).to.deep.equal({ value: { requestId: 'request-1', active: true } })
    expect(outcomes[1]).to.deep.equal({ error: { statusCode: 422, errors: [{ code: 'Error', message: 'thrown in a timer' }] } })
    expect(outcomes[2]).to.deep.equal({ value: { requestId: 'request-3', active: true } })
  })
})
