import { bootstrap, Connector, Hook, inject, Injectable, Module, Wrapper, type PingResult, type PreSavePageOptions, type PreSavePageResult } from 'integrator-extension'

interface Order {
  id: string
  total: number
}

@Injectable()
export class Tagger {
  tag(order: Order) {
    return { ...order, large: order.total > 1000 }
  }
}

@Connector('9ce44f88a25272b6d9cbb430ebbcfcf1') // the _connectorId
export class ShopifyConnector {
  private readonly tagger = inject(Tagger) // works with every compiler and decorator mode

  @Hook('preSavePage') // the kind: the compiler checks options and result against its contract
  async preSavePageFunction(options: PreSavePageOptions<Order>): Promise<PreSavePageResult<Order>> {
    return { data: options.data.map((order) => this.tagger.tag(order)), errors: options.errors }
  }

  @Wrapper('pingConnection') // not a kind: the exposed name
  async ping(): Promise<PingResult> {
    return { statusCode: 200 }
  }
}

@Module({ connectors: [ShopifyConnector], providers: [Tagger] })
export class AppModule {}

export const handler = bootstrap(AppModule).lambda() // AWS Lambda; on Express: await bootstrap(AppModule).express({ port, systemToken })
