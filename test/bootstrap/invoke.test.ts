import type { Context } from 'aws-lambda'
import { expect } from 'chai'
import { bootstrap, Diy, ExtensionCallError, ExtensionFunction, Hook, Module, type AppServer, type Application, type Callback } from 'integrator-extension'
import { CaptureLogger } from '../support/capture-logger.js'
import { postFunction } from '../support/post-function.js'
import { TOKEN } from '../support/test-server.js'

@Diy()
class Integration {
  @Hook() preMap(options: { data: number[] }, callback: Callback) {
    callback(
      null,
      options.data.map((n) => ({ data: n * 2 })),
    )
  }
  @Hook() fails() {
    throw Object.assign(new Error('no stock'), { code: 'out_of_stock' })
  }
  @Hook() notJson() {
    return { when: new Date(0) }
  }
  @Hook() echoDate(options: { currentExportDateTime: Date }) {
    return options.currentExportDateTime.toISOString()
  }
  @ExtensionFunction() formInit() {
    return { fieldMap: {} }
  }
}

@Module({ diy: Integration })
class AppModule {}

const cases: Array<[string, Record<string, unknown>, unknown]> = [
  ['a callback-style hook', { diy: true, type: 'hook', function: 'preMap' }, { data: [1, 2] }],
  ['a flat function', { diy: true, function: 'formInit' }, {}],
  ['dates converted as on the wire', { diy: true, type: 'hook', function: 'echoDate' }, { currentExportDateTime: '2024-05-01T10:00:00.000Z' }],
  ['a failing function', { diy: true, type: 'hook', function: 'fails' }, {}],
  ['a result that is not JSON', { diy: true, type: 'hook', function: 'notJson' }, {}],
  ['an unknown function', { diy: true, type: 'hook', function: 'nope' }, {}],
  ['a connector call to a DIY app, without options', { _connectorId: 'x', function: 'preMap' }, undefined],
  ['a response over maxResponseSize', { diy: true, type: 'hook', function: 'preMap', maxResponseSize: 5 }, { data: [1] }],
]

describe('bootstrap: invoke() and lambda() answer as the Express host does', () => {
  let app: Application
  let server: AppServer
  before(async () => {
    app = bootstrap(AppModule, { logger: new CaptureLogger() })
    server = await app.express({ systemToken: TOKEN, port: 0, host: '127.0.0.1' })
  })
  after(() => server.close())

  for (const [title, extensionOptions, functionOptions] of cases) {
    it(title, async () => {
      const http = await postFunction(`http://127.0.0.1:${server.port}`, { ...extensionOptions, options: functionOptions })
      const expected = http.status === 200 ? { result: http.json } : { statusCode: http.status, errors: (http.json as { errors: unknown }).errors }

      const invoked = await app.invoke(extensionOptions, functionOptions as Record<string, unknown>).then(
        (result) => ({ result }),
        (error: ExtensionCallError) => {
          expect(error).to.be.instanceOf(ExtensionCallError)
          return { statusCode: error.statusCode, errors: error.errors }
        },
      )
      expect(invoked).to.deep.equal(expected)

      const handler = app.lambda()
      const context = { clientContext: extensionOptions, awsRequestId: 'r' } as unknown as Context
      const fromLambda = await handler(functionOptions, context).then(
        (result) => ({ result }),
        (error: Error) => JSON.parse(error.message) as unknown,
      )
      expect(fromLambda).to.deep.equal(expected)
    })
  }

  it('invoke() leaves the caller’s options object as it was', async () => {
    const options = { currentExportDateTime: '2024-05-01T10:00:00.000Z' }
    await app.invoke({ diy: true, type: 'hook', function: 'echoDate' }, options)
    expect(options.currentExportDateTime).to.equal('2024-05-01T10:00:00.000Z')
  })
})
