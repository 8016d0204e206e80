import { expect } from 'chai'
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Context } from 'aws-lambda'

const fixtures = path.resolve(__dirname, '../../../test/fixtures')
const run = promisify(execFile)

describe('the original API, from plain CommonJS, unchanged', () => {
  it('express.createServer / stopServer with callbacks, including their errors', async () => {
    const { stdout } = await run(process.execPath, [path.join(fixtures, 'legacy-express.js')], { timeout: 15_000 })
    const lines = stdout
      .trim()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as object)
    expect(lines).to.deep.equal([{ secondCreate: 'cannot_create_server' }, { stopped: true }, { secondStop: 'invaid_function_call' }])
  })

  it('lambda.createHandler with a connectors module of callback-style functions', async () => {
    const { handler } = require(path.join(fixtures, 'legacy-lambda.js')) as { handler: (e: unknown, c: Context) => Promise<unknown> }
    expect(handler.length, 'async (event, context): two declared parameters').to.equal(2)
    const clientContext = { _connectorId: '9ce44f88a25272b6d9cbb430ebbcfcf1', type: 'hook', function: 'preSavePageFunction' }
    const result = await handler({ data: [{ id: 7 }] }, { clientContext } as unknown as Context)
    expect(result).to.deep.equal({ data: [{ id: 7, seen: true }], errors: [], abort: false })

    const failing = await handler({}, { clientContext: { ...clientContext, function: 'failing' } } as unknown as Context).catch((e: Error) => e)
    expect(JSON.parse((failing as Error).message)).to.deep.equal({
      statusCode: 422,
      errors: [{ code: 'legacy_code', message: 'legacy failure' }],
    })
  })

  it('an ESM consumer imports { express, lambda } by name', async () => {
    const script =
      "import { express, lambda } from 'integrator-extension'; console.log(typeof express.createServer, typeof express.stopServer, typeof lambda.createHandler)"
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: fixtures, timeout: 15_000 })
    expect(stdout.trim()).to.equal('function function function')
  })
})
