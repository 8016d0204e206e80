import { expect } from 'chai'
import { ApplicationClosedError, bootstrap, ExtensionCallError } from 'integrator-extension'
import { AppModule, HttpClient, ShopifyConnector } from './modules.js'

describe('docs example: testing a decorated connector', () => {
  it('replaces a provider and calls a function in-process', async () => {
    const fakeHttp = { get: async (url: string) => `fake ${url}` } // a partial fake: what the test needs
    const app = bootstrap(AppModule).override(HttpClient, { useValue: fakeHttp })

    // Typed by the method: options as its first parameter, the result as it returns.
    const page = await app.invoke(ShopifyConnector, 'preSavePageFunction', { data: [{ id: 1 }] })
    expect(page.data).to.deep.equal([{ id: 1 }])

    // The untyped form: the extension options as integrator.io sends them; answers unknown.
    const result = await app.invoke(
      { _connectorId: 'shopify-connector-id', type: 'hook', function: 'preSavePageFunction' },
      { data: [{ id: 1 }] },
    )
    expect(result).to.deep.equal({ data: [{ id: 1 }], errors: [], abort: false, newErrorsAndRetryData: [] })
    await app.close()
    const closed = await app.invoke(ShopifyConnector, 'preSavePageFunction', { data: [] }).catch((e: unknown) => e)
    expect(closed).to.be.instanceOf(ApplicationClosedError)
  })

  it('gets the same 422 errors as over HTTP, thrown', async () => {
    const app = bootstrap(AppModule)
    const error = await app.invoke({ _connectorId: 'shopify-connector-id', type: 'hook', function: 'nope' }, {}).catch((e: unknown) => e)
    expect(error).to.be.instanceOf(ExtensionCallError)
    expect((error as ExtensionCallError).errors[0]?.code).to.equal('invalid_function')
  })
})
