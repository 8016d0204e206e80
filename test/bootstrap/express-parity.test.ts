import { expect } from 'chai'
import {
  bootstrap,
  Connector,
  ExtensionFunction,
  express,
  Hook,
  Installer,
  Module,
  Setting,
  Uninstaller,
  Utility,
  Wrapper,
  type AppServer,
  type Callback,
  type ExtensionServer,
} from 'integrator-extension'
import { postFunction } from '../support/post-function.js'
import { CaptureLogger } from '../support/capture-logger.js'
import { TOKEN } from '../support/test-server.js'

class Failure extends Error {
  code = 'shop_down'
}

@Connector('shop')
class ShopConnector {
  private readonly prefix = 'shop'
  @Hook() preSavePageFunction(options: { data: unknown[] }) {
    return { data: options.data, errors: [], abort: false, newErrorsAndRetryData: [] }
  }
  @Hook('preMapRenamed') preMap(options: { data: unknown[] }, callback: Callback) {
    setImmediate(() =>
      callback(
        null,
        options.data.map((data) => ({ data })),
      ),
    )
  }
  @Hook() failing(): never {
    throw new Failure('the shop is down')
  }
  @Hook() rejecting() {
    return Promise.reject(new Error('rejected'))
  }
  @Hook() notJson() {
    return new Date(0)
  }
  @Hook() nothing() {}
  @Wrapper('pingConnection') async ping() {
    return { statusCode: 200, by: this.prefix }
  }
  @Installer() async connectorInstallerFunction(options: { _integrationId: string }) {
    return { success: true, id: options._integrationId }
  }
  @Uninstaller() connectorUninstallerFunction() {
    return { success: true }
  }
  @Setting() persistSettings(options: { pending: unknown }) {
    return { saved: options.pending }
  }
  @Utility() reindex(options: { lastExportDateTime?: Date }) {
    return { isDate: options.lastExportDateTime instanceof Date }
  }
  @ExtensionFunction() formInit() {
    return { fieldMap: { a: { id: 'a' } }, layout: { fields: ['a'] } }
  }
}

@Connector('crm')
class CrmConnector {
  @Wrapper() pingConnection() {
    return { statusCode: 401, errors: [{ code: 'unauthorized', message: 'bad key' }] }
  }
}

@Module({ connectors: [ShopConnector, CrmConnector] })
class AppModule {}

const requests: Array<[string, Record<string, unknown>]> = [
  ['hook, async', { _connectorId: 'shop', type: 'hook', function: 'preSavePageFunction', options: { data: [{ id: 1 }] } }],
  ['hook, callback style, renamed', { _connectorId: 'shop', type: 'hook', function: 'preMapRenamed', options: { data: [1, 2] } }],
  ['hook by its method name when renamed', { _connectorId: 'shop', type: 'hook', function: 'preMap', options: {} }],
  ['hook that throws with a code', { _connectorId: 'shop', type: 'hook', function: 'failing', options: {} }],
  ['hook that rejects', { _connectorId: 'shop', type: 'hook', function: 'rejecting', options: {} }],
  ['hook with a non-JSON result', { _connectorId: 'shop', type: 'hook', function: 'notJson', options: {} }],
  ['hook with no result', { _connectorId: 'shop', type: 'hook', function: 'nothing', options: {} }],
  ['wrapper, renamed, using this', { _connectorId: 'shop', type: 'wrapper', function: 'pingConnection', options: {} }],
  ['wrapper of another connector', { _connectorId: 'crm', type: 'wrapper', function: 'pingConnection', options: {} }],
  ['installer', { _connectorId: 'shop', type: 'installer', function: 'connectorInstallerFunction', options: { _integrationId: 'i1' } }],
  ['uninstaller', { _connectorId: 'shop', type: 'uninstaller', function: 'connectorUninstallerFunction', options: {} }],
  ['setting', { _connectorId: 'shop', type: 'setting', function: 'persistSettings', options: { pending: { a: 1 } } }],
  ['utility, dates converted', { _connectorId: 'shop', type: 'utility', function: 'reindex', options: { lastExportDateTime: '2024-01-01T00:00:00Z' } }],
  ['flat function, no type', { _connectorId: 'shop', function: 'formInit', options: {} }],
  ['flat function asked with a type', { _connectorId: 'shop', type: 'hook', function: 'formInit', options: {} }],
  ['a group the connector lacks', { _connectorId: 'crm', type: 'hook', function: 'preSavePageFunction', options: {} }],
  ['an unknown connector', { _connectorId: 'nope', type: 'hook', function: 'preSavePageFunction', options: {} }],
  ['a DIY call to a connectors app', { diy: true, type: 'hook', function: 'preSavePageFunction', options: {} }],
  ['the class constructor is not a function', { _connectorId: 'shop', function: 'constructor', options: {} }],
  ['a method without a decorator is not exposed', { _connectorId: 'shop', type: 'hook', function: 'toString', options: {} }],
  ['no function options', { _connectorId: 'shop', type: 'hook', function: 'nothing' }],
]

describe('bootstrap: toConfig() on the plain Express host behaves as app.express()', () => {
  let plain: ExtensionServer
  let decorated: AppServer
  before(async () => {
    const logger = new CaptureLogger()
    // the original's module-level API, given the decorated app's plain config
    plain = await express.createServer({ ...bootstrap(AppModule).toConfig(), systemToken: TOKEN, port: 0, host: '127.0.0.1', winstonInstance: logger })
    decorated = await bootstrap(AppModule, { logger }).express({ systemToken: TOKEN, port: 0, host: '127.0.0.1' })
  })
  after(async () => {
    await express.stopServer()
    await decorated.close()
  })

  for (const [title, body] of requests) {
    it(title, async () => {
      const fromPlain = await postFunction(`http://127.0.0.1:${plain.port}`, body)
      const fromApp = await postFunction(`http://127.0.0.1:${decorated.port}`, body)
      expect(fromApp).to.deep.equal(fromPlain)
    })
  }

  it('answers as a hand-written module would (control: the rows above are not all errors)', async () => {
    const ok = await postFunction(`http://127.0.0.1:${decorated.port}`, requests[1]?.[1])
    expect(ok).to.include({ status: 200 })
    expect(ok.json).to.deep.equal([{ data: 1 }, { data: 2 }])
    const failed = await postFunction(`http://127.0.0.1:${decorated.port}`, requests[3]?.[1])
    expect(failed.json).to.deep.equal({ errors: [{ code: 'shop_down', message: 'the shop is down' }] })
    const wrapped = await postFunction(`http://127.0.0.1:${decorated.port}`, requests[7]?.[1])
    expect(wrapped.json).to.deep.equal({ statusCode: 200, by: 'shop' })
  })
})
