import type { Context } from 'aws-lambda'
import { expect } from 'chai'
import { bootstrap } from 'integrator-extension'
import { AppModule } from './app.module.js'
import { RATES_SOURCE } from './exchange-rates.js'
import { handler } from './handler.js'

/** What the Lambda runtime hands the handler: the extension options arrive as the ClientContext. */
const preMap = { clientContext: { diy: true, type: 'hook', function: 'preMap' }, awsRequestId: 'test' } as unknown as Context
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined }

describe('sample: a decorated DIY integration as a Lambda handler', () => {
  it('the exported handler converts each order with the built-in rates', async () => {
    const log = console.log
    console.log = () => undefined // the handler's per-call line, as on Lambda
    const result = await handler({ data: [{ id: 'o1', total: 92, currency: 'EUR' }] }, preMap).finally(() => (console.log = log))
    expect(result).to.deep.equal([{ data: { id: 'o1', total: 92, currency: 'EUR', totalUsd: 100 } }])
  })

  it('with the rates source overridden: loaded once, before the first invocation', async () => {
    let loads = 0
    const testHandler = bootstrap(AppModule, { logger: quiet })
      .override(RATES_SOURCE, { useValue: async () => (loads++, { CHF: 0.5 }) })
      .lambda()
    const event = {
      data: [
        { id: 'o1', total: 10, currency: 'CHF' },
        { id: 'o2', total: 1, currency: 'XYZ' },
      ],
    }
    const [first, second] = await Promise.all([testHandler(event, preMap), testHandler(event, preMap)])
    const expected = [
      { data: { id: 'o1', total: 10, currency: 'CHF', totalUsd: 20 } },
      { errors: [{ code: 'unknown_currency', message: 'No exchange rate for XYZ.' }] },
    ]
    expect(first).to.deep.equal(expected)
    expect(second).to.deep.equal(expected)
    expect(loads).to.equal(1)
  })

  it('a failed rates load fails the invocation with an error integrator.io reads', async () => {
    const failing = bootstrap(AppModule, { logger: quiet })
      .override(RATES_SOURCE, { useValue: async () => Promise.reject(Object.assign(new Error('rates service down'), { code: 'rates_down' })) })
      .lambda()
    const error = await failing({ data: [] }, preMap).then(
      () => undefined,
      (e: Error) => e,
    )
    expect(JSON.parse(error?.message ?? '')).to.deep.equal({ statusCode: 422, errors: [{ code: 'rates_down', message: 'rates service down' }] })
  })
})
