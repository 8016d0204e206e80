import { expect } from 'chai'
import path from 'node:path'
import type { Context } from 'aws-lambda'
import type { AppExpressOptions, AppServer, CallOutcome, ExtensionConfig, LambdaHandler } from 'integrator-extension'
import { postFunction } from '../support/post-function.js'

// Internal (the package root exports Application as a type only): read from the build.
interface ExtensionApp {
  describe(): Array<{ connector: string; type: string | undefined; name: string }>
  dispatch(extensionOptions: unknown, functionOptions: unknown): Promise<CallOutcome>
  express(options: AppExpressOptions): Promise<AppServer>
  lambda(): LambdaHandler
  close(): Promise<void>
}
const { Application } = require(path.resolve(__dirname, '../../../dist/bootstrap/index.js')) as {
  Application: { fromConfig(config: ExtensionConfig): ExtensionApp }
}

const config: ExtensionConfig = {
  diy: {
    hooks: { preSavePage: async (options: { data?: unknown[] }) => ({ data: options.data ?? [], errors: [] }) },
    ping: async () => 'pong',
  },
}

describe('Application.fromConfig: a plain config is an application too', () => {
  const app = Application.fromConfig(config)
  after(() => app.close())

  it('describe() lists its functions as list shows them', () => {
    expect(app.describe().map(({ connector, type, name }) => ({ connector, type, name }))).to.deep.equal([
      { connector: 'diy', type: 'hook', name: 'preSavePage' },
      { connector: 'diy', type: undefined, name: 'ping' },
    ])
  })

  it('dispatch() answers with the outcome a host would send', async () => {
    const outcome = await app.dispatch({ diy: true, type: 'hook', function: 'preSavePage' }, { data: [1] })
    expect(outcome).to.include({ ok: true, statusCode: 200, body: '{"data":[1],"errors":[]}' })
    const missing = await app.dispatch({ diy: true, function: 'nope' }, {})
    expect(missing.ok).to.equal(false)
  })

  it('lambda() is the Lambda host’s handler of the same functions', async () => {
    const context = { clientContext: { diy: true, function: 'ping' }, awsRequestId: 'from-config' } as unknown as Context
    expect(await app.lambda()({}, context)).to.equal('pong')
  })

  it('express() serves them on POST /function; close() stops the host', async () => {
    const served = await app.express({ port: 0, host: '127.0.0.1', systemToken: 'token-from-config', winstonInstance: { info() {}, warn() {}, error() {} } })
    const response = await postFunction(`http://127.0.0.1:${served.port}`, { diy: true, function: 'ping', options: {} }, 'token-from-config')
    expect(response.status).to.equal(200)
    expect(response.json).to.equal('pong')
    await app.close()
    let refused = false
    await postFunction(`http://127.0.0.1:${served.port}`, { diy: true, function: 'ping', options: {} }, 'token-from-config').catch(() => (refused = true))
    expect(refused).to.equal(true)
  })
})
