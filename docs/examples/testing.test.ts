import { expect } from 'chai'
import { bootstrap, ExtensionCallError } from 'integrator-extension'
import { AppModule, HttpClient } from './modules.js'

describe('docs example: testing a decorated connector', () => {
  it('replaces a provider and calls a function in-process', async () => {
    const fakeHttp = { get: async (url: string) => `fake ${url}` } // public members suffice
    const app = bootstrap(AppModule).override(HttpClient, { useValue: fakeHttp })

    const result = await app.invoke(
      { _connectorId: 'shopify-connector-id', type: 'hook', function: 'preSavePageFunction' },
      { data: [{ id: 1 }] },
    )
    expect(result).to.deep.equal({ data: [{ id: 1 }], errors: [], abort: false, newErrorsAndRetryData: [] })
  })

  it('gets the same 422 errors as over HTTP, thrown', async () => {
    const app = bootstrap(AppModule)
    const error = await app.invoke({ _connectorId: 'shopify-connector-id', type: 'hook', function: 'nope' }, {}).catch((e: unknown) => e)
    expect(error).to.be.instanceOf(ExtensionCallError)
    expect((error as ExtensionCallError).errors[0]?.code).to.equal('invalid_function')
  })
})
