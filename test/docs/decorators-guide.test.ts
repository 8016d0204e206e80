import type { Context } from 'aws-lambda'
import { expect } from 'chai'
import fs from 'node:fs'
import path from 'node:path'
import { bootstrap } from 'integrator-extension'
import * as callContext from '../../docs/examples/call-context.js'
import * as injection from '../../docs/examples/injection.js'
import * as lifecycle from '../../docs/examples/lifecycle.js'
import * as modules from '../../docs/examples/modules.js'
import * as quickStart from '../../docs/examples/quick-start.js'
import * as readme from '../../docs/examples/readme.js'
import * as byType from '../../docs/examples/by-type.js'

const docs = path.resolve(__dirname, '../../../docs')
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined }

describe('docs/decorators.md and the README', () => {
  const examples = fs
    .readdirSync(path.join(docs, 'examples'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => fs.readFileSync(path.join(docs, 'examples', file), 'utf8'))
  const guides = [
    [path.join(docs, 'decorators.md'), 6],
    [path.join(docs, 'decorators-and-toolchains.md'), 2],
    [path.join(docs, '..', 'README.md'), 1],
  ] as const
  for (const [guide, minimum] of guides) {
    it(`every TypeScript block of ${path.basename(guide)} is cut verbatim from a compiled file in docs/examples`, () => {
      const blocks = [...fs.readFileSync(guide, 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] as string)
      expect(blocks.length).to.be.at.least(minimum)
      for (const block of blocks)
        expect(
          examples.some((source) => source.includes(block)),
          `not in docs/examples:\n${block}`,
        ).to.equal(true)
    })
  }

  it("README: the decorated connector's typed hook runs with its injected service", async () => {
    const context = { clientContext: { _connectorId: '9ce44f88a25272b6d9cbb430ebbcfcf1', type: 'hook', function: 'preSavePageFunction' }, awsRequestId: 'r' }
    const originalLog = console.log
    console.log = () => undefined // the handler's per-call line
    try {
      const page = {
        data: [
          { id: 'a', total: 5 },
          { id: 'b', total: 5000 },
        ],
        errors: [],
      }
      expect(await readme.handler(page, context as unknown as Context)).to.deep.equal({
        data: [
          { id: 'a', total: 5, large: false },
          { id: 'b', total: 5000, large: true },
        ],
        errors: [],
      })
    } finally {
      console.log = originalLog
    }
  })

  it('toolchains: constructor injection by type, with inject() alongside', async () => {
    const result = await bootstrap(byType.AppModule, { logger: quiet }).invoke(
      { _connectorId: 'orders-by-type-id', type: 'hook', function: 'preMap' },
      { data: [1] },
    )
    expect(result).to.deep.equal([{ data: { data: 1, url: 'https://api.example/v2/orders', from: 'https://api.example' } }])
  })

  it('quick start: the Lambda handler answers', async () => {
    const context = { clientContext: { _connectorId: '9ce44f88a25272b6d9cbb430ebbcfcf1', type: 'wrapper', function: 'pingConnection' }, awsRequestId: 'r' }
    const originalLog = console.log
    console.log = () => undefined // the handler's per-call line
    try {
      expect(await quickStart.handler({}, context as unknown as Context)).to.deep.equal({ statusCode: 200 })
    } finally {
      console.log = originalLog
    }
  })

  it('modules: both connectors get the shared module’s one HttpClient', () => {
    const app = bootstrap(modules.AppModule, { logger: quiet })
    expect(app.describe().map((e) => e.connector)).to.deep.equal(['shopify-connector-id', 'netsuite-connector-id'])
    const shopify = app.get(modules.ShopifyConnector) as unknown as { http: modules.HttpClient }
    const netsuite = app.get(modules.NetSuiteConnector) as unknown as { http: modules.HttpClient }
    expect(shopify.http).to.be.instanceOf(modules.HttpClient)
    expect(shopify.http).to.equal(netsuite.http)
  })

  it('injection: by type, token, factory and optional', async () => {
    const result = await bootstrap(injection.AppModule, { logger: quiet }).invoke(
      { _connectorId: 'orders-connector-id', type: 'hook', function: 'preSavePageFunction' },
      { data: [1] },
    )
    expect(result).to.deep.include({ api: 'https://api.example/v2' })
  })

  it("call context: the singleton uses each call's own token", async () => {
    const app = bootstrap(callContext.AppModule, { logger: quiet })
    const call = (n: number) =>
      app.invoke({ _connectorId: 'settings-connector-id', type: 'setting', function: 'refreshMetadata' }, { bearerToken: `t${n}`, _integrationId: `i${n}` })
    expect(await Promise.all([call(1), call(2)])).to.deep.equal([
      { url: 'https://api.integrator.io/v1/integrations/i1', authorization: 'Bearer t1' },
      { url: 'https://api.integrator.io/v1/integrations/i2', authorization: 'Bearer t2' },
    ])
  })

  it('lifecycle: connected before the first call, disconnected on close', async () => {
    const app = bootstrap(lifecycle.AppModule, { logger: quiet })
    const call = { _connectorId: 'db-connector-id', type: 'hook', function: 'postSubmit' }
    expect(await app.invoke(call, { responseData: [{ id: 1 }] })).to.deep.equal([{ id: 1 }])
    const db = app.get(lifecycle.Database)
    await app.close()
    expect(db.connected).to.equal(false)
  })
})
