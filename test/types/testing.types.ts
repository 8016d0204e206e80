// Type-level checks of the testing API (override's partial fakes, the typed invoke): compiled in both
// decorator modes by `npm test`, never run. Each @ts-expect-error must stay an error.
import { bootstrap, Connector, Hook, Injectable, Module, Wrapper, type PreSavePageOptions, type PreSavePageResult } from 'integrator-extension'

@Injectable()
class ShopifyClient {
  private readonly token = 't'
  orders(): Promise<string[]> {
    return Promise.resolve([this.token])
  }
  customers(): Promise<number> {
    return Promise.resolve(1)
  }
}

@Connector('9ce44f88a25272b6d9cbb430ebbcfcf1')
class ShopifyConnector {
  constructor(private readonly client: ShopifyClient) {}
  @Hook('preSavePage') async preSavePageFunction(options: PreSavePageOptions<{ id: string }>): Promise<PreSavePageResult<{ id: string }>> {
    await this.client.orders()
    return { data: options.data, errors: options.errors }
  }
  @Wrapper('pingConnection') ping(): { statusCode: number } {
    return { statusCode: 200 }
  }
}

@Module({ connectors: [ShopifyConnector], providers: [ShopifyClient] })
class AppModule {}

export async function partialFakes(): Promise<void> {
  const app = bootstrap(AppModule)
  // Only the members the test needs; no private member demanded.
  app.override(ShopifyClient, { useValue: { orders: async () => ['o1'] } })
  app.override(ShopifyClient, { useValue: {} })
  // @ts-expect-error: a provided member keeps its type
  app.override(ShopifyClient, { useValue: { orders: async () => 42 } })
  // @ts-expect-error: a member the class lacks is refused (a typo in a fake)
  app.override(ShopifyClient, { useValue: { order: async () => ['o1'] } })
  // @ts-expect-error: private members are not the fake's business
  app.override(ShopifyClient, { useValue: { token: 'x' } })
}

export async function typedInvoke(options: PreSavePageOptions<{ id: string }>): Promise<void> {
  const app = bootstrap(AppModule)
  const page = await app.invoke(ShopifyConnector, 'preSavePageFunction', options)
  const result: PreSavePageResult<{ id: string }> = page
  const ids: string[] = result.data.map((record) => record.id)
  // @ts-expect-error: the result is the contract's, not any
  const wrong: number = page
  const ping = await app.invoke(ShopifyConnector, 'ping', {})
  const status: number = ping.statusCode
  // @ts-expect-error: a method the class does not have
  await app.invoke(ShopifyConnector, 'preSavePage', options)
  // @ts-expect-error: the options are the method's
  await app.invoke(ShopifyConnector, 'preSavePageFunction', { data: 'not records' })
  // The untyped form is still there, answering unknown.
  const raw = await app.invoke({ _connectorId: '9ce44f88a25272b6d9cbb430ebbcfcf1', type: 'hook', function: 'preSavePageFunction' }, {})
  // @ts-expect-error: unknown until checked
  raw.data
  void [ids, wrong, status]
}
