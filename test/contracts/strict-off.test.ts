import { expect } from 'chai'
import { lambda, withKind, type ExtensionConfig } from 'integrator-extension'
import type { Context } from 'aws-lambda'
import { startTestServer } from '../support/test-server.js'
import { dispatch, expectOk } from './dispatch.js'

const breaksEveryRule = {
  hooks: {
    preMap: () => [{}], // 1 for 3
    cleanOrders: withKind('preMap', () => 'not an array' as never),
  },
  wrappers: { ping: () => ({ statusCode: 500 }), export: () => ({ records: [] }) },
  installer: { update: () => 'done' },
  formInit: () => undefined,
}
const calls: Array<{ type?: string; function: string; options?: object }> = [
  { type: 'hook', function: 'preMap', options: { data: [1, 2, 3] } },
  { type: 'hook', function: 'cleanOrders', options: { data: [1] } },
  { type: 'wrapper', function: 'ping' },
  { type: 'wrapper', function: 'export' },
  { type: 'installer', function: 'update' },
  { function: 'formInit' },
]

describe('strictContracts off: behaviour unchanged', () => {
  const configs: Array<[string, Partial<ExtensionConfig>]> = [
    ['absent (the default)', {}],
    ['false', { strictContracts: false }],
  ]
  for (const [label, config] of configs) {
    it(`${label}: results that break their contracts are answered as before`, async () => {
      for (const call of calls) {
        const outcome = await dispatch(breaksEveryRule, call, config)
        expect(outcome.ok, call.function).to.equal(true)
      }
    })
  }

  it('control: each of those calls is a violation with strictContracts on', async () => {
    for (const call of calls) {
      const outcome = await dispatch(breaksEveryRule, call, { strictContracts: true })
      expect(outcome.ok === false && outcome.errors[0]?.code, call.function).to.equal('contract_violation')
    }
  })

  it('only `true` turns the checks on (a truthy non-boolean does not)', async () => {
    const outcome = await dispatch(breaksEveryRule, calls[0] as (typeof calls)[0], { strictContracts: 'yes' as unknown as boolean })
    expectOk(outcome, [{}])
  })
})

describe('strictContracts through the hosts', () => {
  it('Express: a violation is a 422 with the contract_violation error', async () => {
    const server = await startTestServer({ diy: breaksEveryRule, strictContracts: true })
    try {
      const response = await server.call({ diy: true, type: 'wrapper', function: 'ping', options: {} })
      expect(response.status).to.equal(422)
      expect(response.json).to.deep.equal({
        errors: [{ code: 'contract_violation', message: 'ping "ping" returned statusCode as 500; it must be 200 or 401.' }],
      })
    } finally {
      await server.close()
    }
  })

  it('Lambda: a violation fails the invocation with the 422 errors', async () => {
    const silent = { info: () => undefined, warn: () => undefined, error: () => undefined }
    const handler = lambda.createHandler({ diy: breaksEveryRule, strictContracts: true, logger: silent })
    const context = { clientContext: { diy: true, type: 'hook', function: 'preMap' }, awsRequestId: 'r1' } as unknown as Context
    let failure: unknown
    await handler({ data: [1, 2, 3] }, context).catch((error: unknown) => (failure = error))
    expect(JSON.parse((failure as Error).message)).to.deep.equal({
      statusCode: 422,
      errors: [
        {
          code: 'contract_violation',
          message: 'preMap "preMap" returned 1 record for 3 inputs; it must return one entry per record of options.data, in order.',
        },
      ],
    })
  })
})
