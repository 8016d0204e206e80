import { expect } from 'chai'
import { app } from '../../docs/examples/standard/inject-everywhere.js'

describe('docs/decorators-and-toolchains.md: the inject() example, compiled as standard decorators', () => {
  it('field initializers, the constructor body, an optional token and a factory all resolve', async () => {
    const result = await app.invoke({ _connectorId: 'orders-connector-id', type: 'hook', function: 'preMap' }, { data: [1] })
    expect(result).to.deep.equal([{ data: { data: 1, url: 'https://api.example/v2/orders', from: 'https://api.example' } }])
  })
})
