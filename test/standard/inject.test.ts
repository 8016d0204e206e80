// inject() in standard mode (experimentalDecorators off), where it is the only way to take dependencies.
import type { Context } from 'aws-lambda'
import { expect } from 'chai'
import {
  bootstrap,
  CircularDependencyError,
  Connector,
  createToken,
  Hook,
  inject,
  InjectContextError,
  Injectable,
  LifecycleScopeError,
  Module,
  UnresolvedDependencyError,
  type Class,
  type Logger,
} from 'integrator-extension'

const quiet: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined }
const hook = { _connectorId: 'c', type: 'hook', function: 'run' }

async function rejection(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => Promise.reject(new Error('expected a rejection')),
    (error: Error) => error,
  )
}

describe('inject(): resolves from the module while the container creates a class', () => {
  const URL = createToken<string>('URL')

  it('in field initializers, the constructor body and a useFactory; { optional: true } gives undefined when nothing provides the token', async () => {
    const LABEL = createToken<string>('LABEL')
    @Injectable()
    class Client {
      readonly url = inject(URL)
    }
    @Connector('c')
    class Shop {
      private readonly client = inject(Client)
      private readonly missing = inject(createToken<number>('MISSING'), { optional: true })
      private readonly label: string
      constructor() {
        this.label = inject(LABEL)
      }
      @Hook() run() {
        return { url: this.client.url, label: this.label, missing: this.missing ?? 'none' }
      }
    }
    @Module({ connectors: [Shop], providers: [Client, { provide: URL, useValue: 'https://shop' }, { provide: LABEL, useFactory: () => `at ${inject(URL)}` }] })
    class App {}
    expect(await bootstrap(App, { logger: quiet }).invoke(hook as never, {} as never)).to.deep.equal({
      url: 'https://shop',
      label: 'at https://shop',
      missing: 'none',
    })
  })

  it('outside a creation it throws, optional or not, saying where it may be called: at top level, after creation, inside a call', async () => {
    expect(() => inject(URL)).to.throw(
      InjectContextError,
      /^inject\(Symbol\(URL\)\) was called while the container was not creating a class\. Call inject\(\) only in a field initializer or the constructor body/,
    )
    expect(() => inject(URL, { optional: true })).to.throw(InjectContextError)
    @Connector('c')
    class Shop {
      @Hook() run() {
        try {
          inject(URL, { optional: true })
          return 'resolved'
        } catch (error) {
          return (error as Error).name
        }
      }
    }
    @Module({ connectors: [Shop], providers: [{ provide: URL, useValue: 'u' }] })
    class App {}
    expect(await bootstrap(App, { logger: quiet }).invoke(hook as never, {} as never)).to.equal('InjectContextError')
  })

  it("each module's own provider: the class's module decides, not the caller's", async () => {
    @Injectable()
    class Reader {
      readonly url = inject(URL)
    }
    @Module({ providers: [Reader, { provide: URL, useValue: 'inner' }], exports: [Reader] })
    class Inner {}
    @Connector('c')
    class Shop {
      private readonly reader = inject(Reader)
      private readonly url = inject(URL)
      @Hook() run() {
        return [this.reader.url, this.url]
      }
    }
    @Module({ imports: [Inner], connectors: [Shop], providers: [{ provide: URL, useValue: 'outer' }] })
    class App {}
    expect(await bootstrap(App, { logger: quiet }).invoke(hook as never, {} as never)).to.deep.equal(['inner', 'outer'])
  })

  it('override() replaces a provider reached through inject()', async () => {
    @Injectable()
    class Client {
      fetch() {
        return 'real'
      }
    }
    @Connector('c')
    class Shop {
      private readonly client = inject(Client)
      @Hook() run() {
        return this.client.fetch()
      }
    }
    @Module({ connectors: [Shop], providers: [Client] })
    class App {}
    const app = bootstrap(App, { logger: quiet }).override(Client, { useValue: { fetch: () => 'fake' } })
    expect(await app.invoke(hook as never, {} as never)).to.equal('fake')
  })

  describe('mistakes reached through inject() are reported before any function runs, naming the class, the token and the module', () => {
    let ran = false
    const missingMessage =
      "Shop calls inject(Symbol(URL)) but nothing in App provides Symbol(URL). Add it to App's providers, or import a module that " +
      'provides and exports it (or write inject(Symbol(URL), { optional: true })).'
    const missingApp = (): Class => {
      @Connector('c')
      class Shop {
        private readonly url = inject(URL)
        @Hook() run() {
          ran = true
          return this.url
        }
      }
      @Module({ connectors: [Shop] })
      class App {}
      return App
    }

    it('a missing provider: lambda() throws rather than returning a handler', () => {
      expect(() => bootstrap(missingApp(), { logger: quiet }).lambda()).to.throw(UnresolvedDependencyError, missingMessage)
    })

    it('a missing provider: express() rejects rather than listening', async () => {
      const error = await rejection(
        bootstrap(missingApp(), { logger: quiet }).express({ systemToken: 't', port: 0, host: '127.0.0.1', shutdownOnSignals: false }),
      )
      expect(error).to.be.instanceOf(UnresolvedDependencyError)
      expect(error.message).to.equal(missingMessage)
    })

    it('a missing provider: the first invoke() rejects, and the function never ran', async () => {
      const error = await rejection(bootstrap(missingApp(), { logger: quiet }).invoke(hook as never, {} as never))
      expect(error.message).to.equal(missingMessage)
      expect(ran).to.equal(false)
    })

    it('a circular dependency through inject(): named as a chain, not a stack overflow', () => {
      @Injectable()
      class A {
        readonly b: unknown = inject(B)
      }
      @Injectable()
      class B {
        readonly a = inject(A)
      }
      @Connector('c')
      class Shop {
        readonly a = inject(A)
        @Hook() run() {}
      }
      @Module({ connectors: [Shop], providers: [A, B] })
      class App {}
      const app = bootstrap(App, { logger: quiet })
      expect(() => app.lambda()).to.throw(CircularDependencyError, /^Circular dependency in App: A -> B -> A\. Each needs the next to be created\./)
    })

    it('a transient class with lifecycle hooks: bootstrap() itself throws', () => {
      @Injectable({ scope: 'transient' })
      class Session {
        onInit() {}
      }
      @Connector('c')
      class Shop {
        readonly session = inject(Session)
        @Hook() run() {}
      }
      @Module({ connectors: [Shop], providers: [Session] })
      class App {}
      expect(() => bootstrap(App, { logger: quiet })).to.throw(LifecycleScopeError, /^Session is transient but declares onInit\(\)/)
    })
  })

  it('a Lambda handler from an application whose providers come through inject() serves calls', async () => {
    @Connector('c')
    class Shop {
      private readonly url = inject(URL)
      @Hook() run() {
        return this.url
      }
    }
    @Module({ connectors: [Shop], providers: [{ provide: URL, useValue: 'u' }] })
    class App {}
    const handler = bootstrap(App, { logger: quiet }).lambda({ logger: quiet })
    expect(await handler({}, { clientContext: hook, awsRequestId: 'r' } as unknown as Context)).to.equal('u')
  })
})
