import { expect } from 'chai'
import { express, validateConfig, type ExpressExtensionConfig } from 'integrator-extension'

const message = 'The callTimeout field must be a number of milliseconds greater than 0 and at most 2147483647.'
const diy = { hooks: { h: () => 1 } }

describe('config: callTimeout must be a timer Node can set', () => {
  for (const callTimeout of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 31, '300']) {
    it(`${String(callTimeout)} (${typeof callTimeout}) → invalid_field`, () => {
      const error = validateConfig({ diy, callTimeout: callTimeout as number })
      expect(error).to.include({ code: 'invalid_field', message })
    })
  }

  for (const callTimeout of [undefined, null, 1, 290_000, 2 ** 31 - 1]) {
    it(`${String(callTimeout)} is accepted`, () => {
      expect(validateConfig({ diy, callTimeout: callTimeout as number })).to.equal(undefined)
    })
  }

  it('the protocol config errors still come first', () => {
    expect(validateConfig({ callTimeout: -1 })).to.include({ code: 'missing_required_field' })
  })

  it('Express createServer calls back with the same error', async () => {
    const config = { diy, systemToken: 't', port: 0, host: '127.0.0.1', callTimeout: Number.POSITIVE_INFINITY } as ExpressExtensionConfig
    const error = await new Promise<Error & { code?: string }>((resolve) => express.createServer(config, (err) => resolve(err as Error)))
    expect(error).to.include({ code: 'invalid_field', message })
  })
})
