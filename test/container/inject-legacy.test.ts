// inject() with legacy decorators (experimentalDecorators + emitDecoratorMetadata, as this folder is compiled).
import { expect } from 'chai'
import {
  bootstrap,
  CircularDependencyError,
  Connector,
  createToken,
  Hook,
  inject,
  Inject,
  Injectable,
  Module,
  UnresolvedDependencyError,
  type Logger,
} from 'integrator-extension'

const quiet: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined }
const hook = { _connectorId: 'c', type: 'hook', function: 'run' }
const URL = createToken<string>('URL')

describe('inject() with legacy decorators', () => {
  it('mixes with constructor parameters injected by type and by @Inject, in one class', async () => {
    @Injectable()
    class Client {
      readonly url = inject(URL)
    }
    @Connector('c')
    class Shop {
      private readonly viaInject = inject(Client)
      constructor(
        private readonly byType: Client,
        @Inject(URL) private readonly url: string,
      ) {}
      @Hook() run() {
        return { same: this.byType === this.viaInject, url: this.url, clientUrl: this.byType.url }
      }
    }
    @Module({ connectors: [Shop], providers: [Client, { provide: URL, useValue: 'u' }] })
    class App {}
    expect(await bootstrap(App, { logger: quiet }).invoke(hook as never, {} as never)).to.deep.equal({ same: true, url: 'u', clientUrl: 'u' })
  })

  it('a cycle through a constructor parameter and inject(): named when the application starts', () => {
    @Injectable()
    class B {
      readonly a: unknown = inject(A)
    }
    @Injectable()
    class A {
      constructor(readonly b: B) {}
    }
    @Connector('c')
    class Shop {
      constructor(readonly a: A) {}
      @Hook() run() {}
    }
    @Module({ connectors: [Shop], providers: [A, B] })
    class App {}
    const app = bootstrap(App, { logger: quiet })
    expect(() => app.toConfig()).to.throw(CircularDependencyError, /^Circular dependency in App: B -> A -> B\./)
  })

  it('a cycle through constructor parameters across modules: found by bootstrap()', () => {
    const LEFT = createToken<unknown>('LEFT')
    @Injectable()
    class Right {
      constructor(@Inject(LEFT) readonly left: unknown) {}
    }
    @Module({ providers: [Right, { provide: LEFT, useFactory: (right: Right) => ({ right }), inject: [Right] }], exports: [Right] })
    class Inner {}
    @Connector('c')
    class Shop {
      constructor(readonly right: Right) {}
      @Hook() run() {}
    }
    @Module({ imports: [Inner], connectors: [Shop] })
    class App {}
    expect(() => bootstrap(App, { logger: quiet })).to.throw(CircularDependencyError, /^Circular dependency in Inner: Right -> Symbol\(LEFT\) -> Right\./)
  })

  it('a missing provider reached through inject(), named with the class that called it', () => {
    @Connector('c')
    class Shop {
      constructor() {
        inject(URL)
      }
      @Hook() run() {}
    }
    @Module({ connectors: [Shop] })
    class App {}
    expect(() => bootstrap(App, { logger: quiet }).lambda()).to.throw(
      UnresolvedDependencyError,
      /^Shop calls inject\(Symbol\(URL\)\) but nothing in App provides Symbol\(URL\)\./,
    )
  })
})
