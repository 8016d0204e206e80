import { expect } from 'chai'
import { bootstrap, Connector, createToken, Diy, Hook, Inject, Injectable, Module, Optional, Wrapper } from 'integrator-extension'

interface Http {
  get(path: string): string
}
const HTTP = createToken<Http>('HTTP')
const fakeHttp: Http = { get: (path) => `GET ${path}` }

@Injectable()
class ShopifyClient {
  constructor(@Inject(HTTP) private readonly http: Http) {}
  orders(): string {
    return this.http.get('/orders')
  }
}

@Injectable({ scope: 'transient' })
class Scratchpad {}

@Module({ providers: [ShopifyClient, Scratchpad, { provide: HTTP, useValue: fakeHttp }], exports: [ShopifyClient, Scratchpad] })
class SharedModule {}

@Connector('shop-a')
class ConnectorA {
  constructor(
    readonly shopify: ShopifyClient,
    readonly pad: Scratchpad,
  ) {}
  @Hook() orders() {
    return this.shopify.orders()
  }
}

@Connector('shop-b')
class ConnectorB {
  constructor(
    readonly shopify: ShopifyClient,
    readonly pad: Scratchpad,
  ) {}
  @Hook() orders() {
    return this.shopify.orders()
  }
}

@Module({ connectors: [ConnectorA, ConnectorB], imports: [SharedModule] })
class AppModule {}

describe('container: dependency injection', () => {
  it('injects by type and by token; one shared module serves several connectors', async () => {
    const app = bootstrap(AppModule)
    expect(await app.invoke({ _connectorId: 'shop-a', type: 'hook', function: 'orders' }, {})).to.equal('GET /orders')
    expect(await app.invoke({ _connectorId: 'shop-b', type: 'hook', function: 'orders' }, {})).to.equal('GET /orders')
  })

  it('singletons are one instance per application; transients one per injection', () => {
    const app = bootstrap(AppModule)
    app.toConfig()
    const a = app.get(ConnectorA)
    const b = app.get(ConnectorB)
    expect(a.shopify).to.equal(b.shopify)
    expect(a.pad).to.not.equal(b.pad)
    expect(a.pad).to.be.instanceOf(Scratchpad)
  })

  it('two applications never share instances', () => {
    const one = bootstrap(AppModule)
    const two = bootstrap(AppModule)
    expect(one.get(ConnectorA).shopify).to.not.equal(two.get(ConnectorA).shopify)
  })

  it('factories receive their inject list; scope transient makes one per injection', () => {
    const BASE = createToken<string>('BASE')
    const URL_TOKEN = createToken<string>('URL')
    const STAMP = createToken<{ n: number }>('STAMP')
    let stamps = 0
    @Injectable()
    class Consumer {
      constructor(
        @Inject(URL_TOKEN) readonly url: string,
        @Inject(STAMP) readonly first: { n: number },
        @Inject(STAMP) readonly second: { n: number },
      ) {}
    }
    @Diy()
    class Integration {
      constructor(readonly consumer: Consumer) {}
    }
    @Module({
      diy: Integration,
      providers: [
        Consumer,
        { provide: BASE, useValue: 'https://api.example' },
        { provide: URL_TOKEN, useFactory: (base: string) => `${base}/v1`, inject: [BASE] },
        { provide: STAMP, useFactory: () => ({ n: ++stamps }), scope: 'transient' },
      ],
    })
    class App {}
    const consumer = bootstrap(App).get(Integration).consumer
    expect(consumer.url).to.equal('https://api.example/v1')
    expect([consumer.first.n, consumer.second.n]).to.deep.equal([1, 2])
  })

  it('useExisting aliases a token; @Optional parameters get undefined when nothing provides them', () => {
    const LEGACY = createToken<ShopifyClient>('LEGACY')
    @Diy()
    class Integration {
      constructor(
        @Inject(LEGACY) readonly legacy: ShopifyClient,
        readonly direct: ShopifyClient,
        @Optional() @Inject('MISSING') readonly missing?: string,
      ) {}
    }
    @Module({ diy: Integration, imports: [SharedModule], providers: [{ provide: LEGACY, useExisting: ShopifyClient }] })
    class App {}
    const integration = bootstrap(App).get(Integration)
    expect(integration.legacy).to.equal(integration.direct)
    expect(integration.missing).to.equal(undefined)
  })

  it('a module re-exports an imported module; private providers stay private', async () => {
    @Module({ imports: [SharedModule], exports: [SharedModule] })
    class CoreModule {}
    @Connector('re')
    class Reexported {
      constructor(readonly shopify: ShopifyClient) {}
      @Hook() orders() {
        return this.shopify.orders()
      }
    }
    @Module({ connectors: [Reexported], imports: [CoreModule] })
    class App {}
    expect(await bootstrap(App).invoke({ _connectorId: 're', type: 'hook', function: 'orders' }, {})).to.equal('GET /orders')
    // HTTP is SharedModule's own, not exported: App cannot inject it
    @Connector('private')
    class Peeking {
      constructor(@Inject(HTTP) readonly http: Http) {}
    }
    @Module({ connectors: [Peeking], imports: [SharedModule] })
    class Other {}
    expect(() => bootstrap(Other)).to.throw(/Cannot resolve parameter #0 \(Symbol\(HTTP\)\) of Peeking's constructor in Other/)
  })

  it("each module resolves its own provider of a token, and an imported module's singleton stays one", () => {
    const NAME = createToken<string>('NAME')
    @Injectable()
    class Named {
      constructor(@Inject(NAME) readonly name: string) {}
    }
    @Module({ providers: [Named, { provide: NAME, useValue: 'feature' }], exports: [Named] })
    class Feature {}
    @Connector('c')
    class Shop {
      constructor(
        readonly named: Named,
        @Inject(NAME) readonly name: string,
      ) {}
    }
    @Connector('d')
    class Crm {
      constructor(readonly named: Named) {}
    }
    @Module({ connectors: [Shop, Crm], imports: [Feature], providers: [{ provide: NAME, useValue: 'app' }] })
    class App {}
    const app = bootstrap(App)
    const shop = app.get(Shop)
    expect([shop.named.name, shop.name]).to.deep.equal(['feature', 'app'])
    expect(app.get(Crm).named).to.equal(shop.named)
  })

  it('connectors in imported feature modules join the application', async () => {
    @Connector('feature-connector')
    class FeatureConnector {
      @Hook() hello() {
        return 'from the feature module'
      }
    }
    @Module({ connectors: [FeatureConnector] })
    class Feature {}
    @Module({ imports: [Feature] })
    class App {}
    const app = bootstrap(App)
    expect(Object.keys(app.toConfig().connectors ?? {})).to.deep.equal(['feature-connector'])
    expect(await app.invoke({ _connectorId: 'feature-connector', type: 'hook', function: 'hello' }, {})).to.equal('from the feature module')
  })

  it('inherited decorated methods are exposed; a subclass re-decorating a method replaces its base decorators', () => {
    class BaseConnector {
      @Hook() shared() {
        return 'base'
      }
      @Hook('oldName') renamed() {
        return 'base'
      }
    }
    @Connector('sub')
    class SubConnector extends BaseConnector {
      override shared() {
        return 'sub'
      }
      @Wrapper() override renamed() {
        return 'sub'
      }
    }
    @Module({ connectors: [SubConnector] })
    class App {}
    expect(
      bootstrap(App)
        .describe()
        .map((e) => `${e.type}.${e.name}=${e.source}`),
    ).to.deep.equal(['hook.shared=SubConnector.shared', 'wrapper.renamed=SubConnector.renamed'])
  })
})
