import { expect } from 'chai'
import { bootstrap, Connector, createToken, Hook, Inject, Injectable, Module, OverrideError } from 'integrator-extension'

const API_URL = createToken<string>('API_URL')

@Injectable()
class ShopifyClient {
  private readonly secret = 'real'
  constructor(@Inject(API_URL) private readonly url: string) {}
  async orders(): Promise<string[]> {
    throw new Error(`would call ${this.url} with ${this.secret}`)
  }
}

@Connector('shop')
class ShopConnector {
  constructor(private readonly shopify: ShopifyClient) {}
  @Hook() async countOrders() {
    return (await this.shopify.orders()).length
  }
}

@Module({ connectors: [ShopConnector], providers: [ShopifyClient, { provide: API_URL, useValue: 'https://real.example' }] })
class AppModule {}

const call = { _connectorId: 'shop', type: 'hook', function: 'countOrders' }

describe('bootstrap: override() replaces providers before the application starts', () => {
  it('useValue: a fake with the public members only', async () => {
    const fake = { orders: async () => ['a', 'b'] }
    expect(await bootstrap(AppModule).override(ShopifyClient, { useValue: fake }).invoke(call, {})).to.equal(2)
  })

  it('useClass: created with its own constructor dependencies', async () => {
    @Injectable()
    class FakeShopify extends ShopifyClient {
      constructor(@Inject(API_URL) private readonly base: string) {
        super(base)
      }
      override async orders() {
        return [this.base]
      }
    }
    expect(await bootstrap(AppModule).override(ShopifyClient, { useClass: FakeShopify }).invoke(call, {})).to.equal(1)
  })

  it('useFactory, with inject; and a value token', async () => {
    const app = bootstrap(AppModule)
      .override(API_URL, { useValue: 'https://fake.example' })
      .override(ShopifyClient, { useFactory: (url: string) => ({ orders: async () => url.split('.') }), inject: [API_URL] })
    expect(await app.invoke(call, {})).to.equal(2)
  })

  it('the original is never created', async () => {
    let constructed = 0
    @Injectable()
    class Expensive {
      constructor() {
        constructed++
      }
    }
    @Connector('e')
    class Uses {
      constructor(readonly expensive: Expensive) {}
    }
    @Module({ connectors: [Uses], providers: [Expensive] })
    class App {}
    bootstrap(App).override(Expensive, { useValue: {} }).toConfig()
    expect(constructed).to.equal(0)
  })

  it('after the application started: OverrideError', () => {
    const app = bootstrap(AppModule)
    app.toConfig()
    expect(() => app.override(API_URL, { useValue: 'late' })).to.throw(
      OverrideError,
      'override(Symbol(API_URL)) was called after the application started (toConfig(), express(), lambda(), invoke() or init()). Call override() right after bootstrap().',
    )
  })

  it('a token nothing provides: OverrideError', () => {
    expect(() => bootstrap(AppModule).override('nope', { useValue: 1 })).to.throw(
      OverrideError,
      'override("nope"): no module provides "nope". Override a token a module lists in its providers, connectors or diy.',
    )
  })

  it('a replacement whose own dependencies are missing: caught at override()', () => {
    @Injectable()
    class NeedsMore {
      constructor(@Inject('MORE') readonly more: string) {}
      async orders() {
        return []
      }
    }
    expect(() => bootstrap(AppModule).override(ShopifyClient, { useClass: NeedsMore })).to.throw(
      /Cannot resolve parameter #0 \("MORE"\) of NeedsMore's constructor in AppModule/,
    )
  })
})
