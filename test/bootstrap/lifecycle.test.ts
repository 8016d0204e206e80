import type { Context } from 'aws-lambda'
import { expect } from 'chai'
import net from 'node:net'
import { bootstrap, Connector, Hook, Injectable, Module, type OnDestroy, type OnInit } from 'integrator-extension'
import { CaptureLogger } from '../support/capture-logger.js'
import { TOKEN } from '../support/test-server.js'
import { postFunction } from '../support/post-function.js'

/** A tiny world per test: a pool, a repository that needs it, a connector that needs both. */
function world(options: { failInit?: boolean } = {}) {
  const events: string[] = []
  @Injectable()
  class Pool implements OnInit, OnDestroy {
    open = false
    async onInit() {
      await new Promise((resolve) => setImmediate(resolve))
      if (options.failInit) throw Object.assign(new Error('cannot reach the database'), { code: 'db_down' })
      this.open = true
      events.push('pool:init')
    }
    async onDestroy() {
      await new Promise((resolve) => setImmediate(resolve))
      this.open = false
      events.push('pool:destroy')
    }
  }
  @Injectable()
  class Repository implements OnInit, OnDestroy {
    constructor(readonly pool: Pool) {}
    onInit() {
      events.push(`repository:init(pool open: ${this.pool.open})`)
    }
    onDestroy() {
      events.push(`repository:destroy(pool open: ${this.pool.open})`)
    }
  }
  @Connector('db')
  class DbConnector {
    constructor(private readonly repository: Repository) {}
    @Hook() isOpen() {
      events.push('call')
      return this.repository.pool.open
    }
  }
  @Module({ connectors: [DbConnector], providers: [Repository, Pool] })
  class App {}
  return { App, events }
}

const isOpen = { _connectorId: 'db', type: 'hook', function: 'isOpen' }
const lambdaContext = (id: string) => ({ clientContext: isOpen, awsRequestId: id }) as unknown as Context

describe('bootstrap: lifecycle (onInit before the first call, onDestroy on close)', () => {
  it('express(): onInit runs once, dependencies first, before listening; close() runs onDestroy, dependents first', async () => {
    const { App, events } = world()
    const server = await bootstrap(App, { logger: new CaptureLogger() }).express({ systemToken: TOKEN, port: 0, host: '127.0.0.1' })
    expect(events).to.deep.equal(['pool:init', 'repository:init(pool open: true)'])
    const response = await postFunction(`http://127.0.0.1:${server.port}`, { ...isOpen, options: {} })
    expect(response.json).to.equal(true)
    await server.close()
    expect(events).to.deep.equal(['pool:init', 'repository:init(pool open: true)', 'call', 'repository:destroy(pool open: true)', 'pool:destroy'])
  })

  it('express(): a failing onInit rejects with its error, and what was created is cleaned up', async () => {
    const { App, events } = world({ failInit: true })
    const logger = new CaptureLogger()
    let error: unknown
    await bootstrap(App, { logger })
      .express({ systemToken: TOKEN, port: 0, host: '127.0.0.1' })
      .catch((e: unknown) => (error = e))
    expect(error).to.be.instanceOf(Error)
    expect(error).to.include({ message: 'cannot reach the database', code: 'db_down' })
    expect(events).to.deep.equal(['repository:destroy(pool open: false)', 'pool:destroy'])
    // Not logged: the caller has the error (the CLI prints it as one line, naming the hook)
    expect(logger.text()).not.to.contain('onInit() failed')
  })

  it('express() that cannot listen (port in use): onDestroy runs for what onInit started, and it rejects', async () => {
    const blocker = net.createServer()
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve))
    try {
      const { App, events } = world()
      const port = (blocker.address() as net.AddressInfo).port
      const error = await bootstrap(App, { logger: new CaptureLogger() })
        .express({ systemToken: TOKEN, port, host: '127.0.0.1' })
        .then(
          () => undefined,
          (e: unknown) => e as NodeJS.ErrnoException,
        )
      expect(error?.code).to.equal('EADDRINUSE')
      expect(events).to.deep.equal(['pool:init', 'repository:init(pool open: true)', 'repository:destroy(pool open: true)', 'pool:destroy'])
    } finally {
      blocker.close()
    }
  })

  it('invoke(): initialises once, however many calls race to be first', async () => {
    const { App, events } = world()
    const app = bootstrap(App)
    const answers = await Promise.all([app.invoke(isOpen, {}), app.invoke(isOpen, {}), app.init(), app.invoke(isOpen, {})])
    expect(answers).to.deep.equal([true, true, undefined, true])
    expect(events.filter((e) => e.endsWith('init') || e.includes(':init('))).to.have.length(2)
    await app.close()
    expect(events.slice(-2)).to.deep.equal(['repository:destroy(pool open: true)', 'pool:destroy'])
  })

  it('lambda(): init starts with the cold start and runs once per container, before the first invocation', async () => {
    const { App, events } = world()
    const handler = bootstrap(App, { logger: new CaptureLogger() }).lambda()
    expect(handler.length).to.equal(2)
    const answers = await Promise.all([handler({}, lambdaContext('r1')), handler({}, lambdaContext('r2'))])
    expect(answers).to.deep.equal([true, true])
    expect(events).to.deep.equal(['pool:init', 'repository:init(pool open: true)', 'call', 'call'])
  })

  it('lambda(): a failing onInit fails every invocation with its error, as integrator.io reads it', async () => {
    const { App } = world({ failInit: true })
    const logger = new CaptureLogger()
    const handler = bootstrap(App, { logger }).lambda()
    for (const id of ['r1', 'r2']) {
      const error = await handler({}, lambdaContext(id)).then(
        () => undefined,
        (e: unknown) => e as Error,
      )
      expect(JSON.parse(error?.message ?? '')).to.deep.equal({ statusCode: 422, errors: [{ code: 'db_down', message: 'cannot reach the database' }] })
    }
    // Logged once, by the handler that keeps the failure, naming the hook
    expect(logger.text().match(/Pool\.onInit\(\) failed; the application does not start/g)).to.have.length(1)
  })

  it('a constructor that throws fails the start with its own error', () => {
    @Connector('bad')
    class Broken {
      constructor() {
        throw new RangeError('no config')
      }
    }
    @Module({ connectors: [Broken] })
    class App {}
    const app = bootstrap(App)
    expect(() => app.lambda()).to.throw(RangeError, 'no config')
    expect(() => app.toConfig(), 'the failure is kept, not retried').to.throw(RangeError, 'no config')
  })
})
