import { expect } from 'chai'
import { bootstrap, type AppServer } from 'integrator-extension'
import { AppModule } from './app.module.js'
import { HTTP, type Http } from './http.js'
import { INTEGRATOR_API_URL } from './integrator-api.js'
import { SHOPIFY_CONNECTOR_ID } from './shopify-connector.js'

const SYSTEM_TOKEN = 'sample-system-token'

/** Records what the connector asked of the network instead of calling it. */
class FakeHttp implements Http {
  readonly puts: Array<{ url: string; body: unknown; authorization: string | undefined }> = []
  async getJson(): Promise<unknown> {
    return {}
  }
  async putJson(url: string, body: unknown, headers: Record<string, string>): Promise<unknown> {
    this.puts.push({ url, body, authorization: headers.authorization })
    return {}
  }
}

describe('sample: a decorated connector served by Express', () => {
  let http: FakeHttp
  let server: AppServer
  const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined }

  beforeEach(async () => {
    http = new FakeHttp()
    server = await bootstrap(AppModule, { logger: quiet })
      .override(HTTP, { useValue: http })
      .express({ systemToken: SYSTEM_TOKEN, port: 0, host: '127.0.0.1', shutdownOnSignals: false })
  })
  afterEach(() => server.close())

  const call = async (body: object) => {
    const response = await fetch(`http://127.0.0.1:${server.port}/function`, {
      method: 'POST',
      headers: { authorization: `Bearer ${SYSTEM_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ _connectorId: SHOPIFY_CONNECTOR_ID, ...body }),
    })
    return { status: response.status, body: (await response.json()) as unknown }
  }

  it('hooks.preSavePageFunction tags the page', async () => {
    const response = await call({ type: 'hook', function: 'preSavePageFunction', options: { data: [{ id: 1 }] } })
    expect(response).to.deep.equal({ status: 200, body: { data: [{ id: 1, source: 'shopify' }], errors: [], abort: false, newErrorsAndRetryData: [] } })
  })

  it('wrappers.pingConnection answers 401 without a shop', async () => {
    const response = await call({ type: 'wrapper', function: 'pingConnection', options: { connection: {} } })
    expect(response.body).to.deep.equal({ statusCode: 401, errors: [{ code: 'unauthorized', message: 'No shop set.' }] })
  })

  it("settings.persistSettings saves through integrator.io's API with the call's bearer token", async () => {
    const pending = { syncInventory: true }
    const calls = [1, 2].map((n) =>
      call({ type: 'setting', function: 'persistSettings', options: { bearerToken: `one-time-${n}`, _integrationId: `int-${n}`, pending } }),
    )
    expect((await Promise.all(calls)).map((r) => r.body)).to.deep.equal([{ success: true }, { success: true }])
    expect(http.puts.sort((a, b) => a.url.localeCompare(b.url))).to.deep.equal([
      { url: `${INTEGRATOR_API_URL}/integrations/int-1/settings`, body: pending, authorization: 'Bearer one-time-1' },
      { url: `${INTEGRATOR_API_URL}/integrations/int-2/settings`, body: pending, authorization: 'Bearer one-time-2' },
    ])
  })

  it('formInit is called without a type', async () => {
    const response = await call({ function: 'formInit', options: { resource: { name: 'Orders' } } })
    expect(response.status).to.equal(200)
    expect(response.body).to.have.nested.property('fieldMap.name.defaultValue', 'Orders')
  })

  it('an unknown function gets the protocol error', async () => {
    const response = await call({ type: 'hook', function: 'nope', options: {} })
    expect(response).to.deep.equal({
      status: 422,
      body: { errors: [{ code: 'invalid_function', message: "The function passed in the extension options doesn't map to a function." }] },
    })
  })
})
