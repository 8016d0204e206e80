import { expect } from 'chai'
import { bootstrap, Diy, Hook, lambda, Module } from 'integrator-extension'

// What the CLI reads to find the functions of an entry that exports only its `handler`.
const SOURCE = Symbol.for('integrator-extension.handler-source')
const sourceOf = (handler: object): unknown => (handler as Record<symbol, unknown>)[SOURCE]

@Diy()
class Functions {
  @Hook()
  ping() {
    return 'pong'
  }
}

@Module({ diy: Functions })
class AppModule {}

describe('a Lambda handler carries what it serves', () => {
  it('createHandler(config): the config, non-enumerable and read-only', () => {
    const config = { diy: { hooks: { ping: () => 'pong' } } }
    const handler = lambda.createHandler(config)
    expect(sourceOf(handler)).to.deep.equal({ config })
    expect((sourceOf(handler) as { config: unknown }).config).to.equal(config)
    expect(Object.keys(handler)).to.deep.equal([])
    const descriptor = Object.getOwnPropertyDescriptor(handler, SOURCE)
    expect(descriptor).to.include({ enumerable: false, writable: false, configurable: false })
    expect(sourceOf({ ...handler })).to.equal(undefined)
  })

  it('bootstrap(AppModule).lambda(): the application', () => {
    const app = bootstrap(AppModule, { logger: { info() {}, warn() {}, error() {} } })
    const handler = app.lambda()
    expect((sourceOf(handler) as { application: unknown }).application).to.equal(app)
    expect(Object.getOwnPropertyDescriptor(handler, SOURCE)?.enumerable).to.equal(false)
    return app.close()
  })
})
