import { expect } from 'chai'
import fs from 'node:fs'
import path from 'node:path'
import { bootstrap, type PingResult, type PreSavePageResult } from 'integrator-extension'
import { AppModule } from '../src/app.module.js'
import { OrderTagger, type Order } from '../src/order-tagger.js'

// What integrator.io sends to name a function of this DIY integration (the extension options).
const hook = { diy: true, type: 'hook', function: 'tagOrders' }
const ping = { diy: true, type: 'wrapper', function: 'ping' }

describe('orders integration', () => {
  it('tags the large orders of a page (preSavePage hook)', async () => {
    const app = bootstrap(AppModule)
    const result = (await app.invoke(hook, { data: [{ id: '1', total: 250 }, { id: '2', total: 20 }], errors: [] })) as PreSavePageResult<Order>
    expect(result.data.map((order) => order.large)).to.deep.equal([true, false])
  })

  it('uses the injected OrderTagger: a test replaces it with a fake', async () => {
    const fake: OrderTagger = { tag: (order) => ({ ...order, tagged: 'by the fake' }) }
    const app = bootstrap(AppModule).override(OrderTagger, { useValue: fake })
    const result = (await app.invoke(hook, { data: [{ id: '1', total: 5 }], errors: [] })) as PreSavePageResult<Order>
    expect(result.data).to.deep.equal([{ id: '1', total: 5, tagged: 'by the fake' }])
  })

  it('keeps its contract on a realistic page (fixtures/preSavePage.json, strictContracts on)', async () => {
    const page = JSON.parse(fs.readFileSync(path.join(__dirname, '../../fixtures/preSavePage.json'), 'utf8')) as Record<string, unknown>
    const app = bootstrap(AppModule, { strictContracts: true })
    const result = (await app.invoke(hook, page)) as PreSavePageResult<Order>
    expect(result.data).to.have.length((page.data as unknown[]).length)
  })

  it('answers ping with 401 and a reason when the connection has no API key', async () => {
    const app = bootstrap(AppModule)
    const result = (await app.invoke(ping, { connection: { encrypted: {}, unencrypted: {} } })) as PingResult
    expect(result).to.deep.equal({ statusCode: 401, errors: [{ code: 'missing_api_key', message: 'Enter the API key.' }] })
  })
})
