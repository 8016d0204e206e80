// Issue 13 items 7 and 8, with legacy (experimentalDecorators) decorators; test/standard/kinds-and-fakes.test.ts
// is the same with standard ones.
import { expect } from 'chai'
import {
  ApplicationClosedError,
  bootstrap,
  Connector,
  Diy,
  Hook,
  Injectable,
  InvalidDecoratorError,
  Module,
  Setting,
  Wrapper,
  type PreSavePageOptions,
  type PreSavePageResult,
} from 'integrator-extension'

const refusal = (make: () => unknown): Error => {
  try {
    make()
  } catch (error) {
    return error as Error
  }
  throw new Error('bootstrap accepted it')
}

describe('kinds cannot be misspelt silently (legacy decorators)', () => {
  it("@Hook('preMapp') and @Hook('postmap') are refused at bootstrap: did you mean?", () => {
    @Diy()
    class Typo {
      @Hook('preMapp') a() {}
    }
    @Module({ diy: Typo })
    class App {}
    const error = refusal(() => bootstrap(App))
    expect(error).to.be.instanceOf(InvalidDecoratorError)
    expect(error.message).to.equal(
      "Typo.a: @Hook() names 'preMapp', which is not a kind of its group (did you mean preMap?). " +
        "Write @Hook('preMap') for the kind, or @Hook({ name: 'preMapp' }) to expose a function by that name.",
    )

    @Diy()
    class Case {
      @Hook('postmap') b() {}
    }
    @Module({ diy: Case })
    class App2 {}
    expect(refusal(() => bootstrap(App2)).message).to.contain('did you mean postMap?')
  })

  it('other groups too: @Wrapper, @Setting', () => {
    @Diy()
    class W {
      @Wrapper('pingg') p() {}
    }
    @Module({ diy: W })
    class A {}
    expect(refusal(() => bootstrap(A)).message).to.contain('did you mean ping?')
    @Diy()
    class S {
      @Setting('persistSetting') p() {}
    }
    @Module({ diy: S })
    class B {}
    expect(refusal(() => bootstrap(B)).message).to.contain('did you mean persistSettings?')
  })

  it('an explicit { kind } that is not a kind of the group (from JavaScript, or cast) is refused too', () => {
    // What the types already refuse, as an untyped caller would write it.
    const untypedHook = Hook as unknown as (options: object) => (...args: unknown[]) => void
    @Diy()
    class K {
      @untypedHook({ kind: 'premap' }) k() {}
    }
    @Module({ diy: K })
    class App {}
    expect(refusal(() => bootstrap(App)).message).to.equal(
      "K.k: @Hook() has the kind 'premap', which is not a kind of its group (did you mean preMap?). " +
        'Its kinds: preSavePage, preMap, postMap, postSubmit, postResponseMap, postAggregate; to name the function only, give { name }.',
    )
  })

  it('{ name } exposes a name close to a kind on purpose; names far from every kind work as before', async () => {
    @Diy()
    class Named {
      @Hook({ name: 'preMapp' }) close() {
        return 'close'
      }
      @Hook('enrichOrders') far() {
        return 'far'
      }
    }
    @Module({ diy: Named })
    class App {}
    const app = bootstrap(App)
    expect(app.describe().map((entry) => [entry.name, entry.kind ?? null])).to.deep.equal([
      ['preMapp', null],
      ['enrichOrders', null],
    ])
    expect(await app.invoke({ diy: true, type: 'hook', function: 'preMapp' }, {})).to.equal('close')
  })

  it("@Connector ids: integrator.io's 24 or 32 hex digits and local names pass; others are refused", () => {
    @Connector('not-a-hex-id!!')
    class Bad {}
    @Module({ connectors: [Bad] })
    class App {}
    const error = refusal(() => bootstrap(App))
    expect(error).to.be.instanceOf(InvalidDecoratorError)
    expect(error.message).to.contain('has the _connectorId "not-a-hex-id!!", which integrator.io never sends')

    @Connector('5f1a2b3c4d5e6f7a8b9c0d1e')
    class Hex24 {}
    @Connector('9ce44f88a25272b6d9cbb430ebbcfcf1')
    class Hex32 {}
    @Connector('orders-local_1')
    class Local {}
    @Module({ connectors: [Hex24, Hex32, Local] })
    class Fine {}
    expect(bootstrap(Fine).describe()).to.deep.equal([])
  })
})

describe('tests as users write them (legacy decorators)', () => {
  @Injectable()
  class ShopifyClient {
    private readonly token = 'real'
    orders(): Promise<string[]> {
      throw new Error(`no network in tests (${this.token})`)
    }
    customers(): number {
      return 0
    }
  }

  @Connector('9ce44f88a25272b6d9cbb430ebbcfcf1')
  class ShopifyConnector {
    constructor(private readonly client: ShopifyClient) {}
    @Hook('preSavePage') async preSavePageFunction(options: PreSavePageOptions<{ id: string }>): Promise<PreSavePageResult<{ id: string }>> {
      const orders = await this.client.orders()
      return { data: options.data.map((record) => ({ id: `${record.id}:${orders.join(',')}` })), errors: options.errors }
    }
  }

  @Module({ connectors: [ShopifyConnector], providers: [ShopifyClient] })
  class AppModule {}

  const page = {
    data: [{ id: 'a' }],
    errors: [],
    _importId: 'i',
    _connectionId: 'c',
    _flowId: 'f',
    _integrationId: 'n',
    bearerToken: 't',
  } as unknown as PreSavePageOptions<{ id: string }>

  it('override(T, { useValue }) takes a partial fake; invoke(Class, method, options) calls it and returns the result', async () => {
    const app = bootstrap(AppModule).override(ShopifyClient, { useValue: { orders: async () => ['o1', 'o2'] } })
    const result = await app.invoke(ShopifyConnector, 'preSavePageFunction', page)
    expect(result.data).to.deep.equal([{ id: 'a:o1,o2' }])
    await app.close()
  })

  it('invoke(Class, method) of a method no decorator exposes says so', async () => {
    const app = bootstrap(AppModule)
    const error = await (app.invoke as (c: unknown, m: string, o: unknown) => Promise<unknown>)(ShopifyConnector, 'constructor', {}).then(
      () => undefined,
      (e: unknown) => e as Error,
    )
    expect(error?.message).to.contain('no decorator exposes ShopifyConnector.constructor()')
  })

  it('invoke() and dispatch() after close() reject with ApplicationClosedError', async () => {
    const app = bootstrap(AppModule).override(ShopifyClient, { useValue: { orders: async () => [] } })
    await app.invoke(ShopifyConnector, 'preSavePageFunction', page)
    await app.close()
    const error = await app.invoke(ShopifyConnector, 'preSavePageFunction', page).then(
      () => undefined,
      (e: unknown) => e as Error,
    )
    expect(error).to.be.instanceOf(ApplicationClosedError)
    expect(error?.message).to.equal(
      "invoke() was called after close(): the application's providers have been destroyed. Bootstrap a new application (e.g. one per test, in beforeEach) instead of reusing a closed one.",
    )
    const dispatched = await app
      .dispatch({ _connectorId: '9ce44f88a25272b6d9cbb430ebbcfcf1', type: 'hook', function: 'preSavePageFunction' }, page)
      .catch((e: unknown) => e)
    expect(dispatched).to.be.instanceOf(ApplicationClosedError)
  })
})
