import { Connector, Hook, inject, Wrapper, type PreMapOptions, type PreMapResult } from 'integrator-extension'
import { GREETING } from './greeting.js'
import type { Order } from './order.js'
import { Tagger } from './tagger.js'

/**
 * Legacy decorators with emitDecoratorMetadata: the service is injected by its type as a
 * constructor parameter; inject() works alongside it in the same class.
 */
@Connector('shop')
export class ShopConnector {
  private readonly greeting = inject(GREETING)

  constructor(private readonly tagger: Tagger) {}

  @Hook('preMap') preMap(options: PreMapOptions<Order>): PreMapResult<Order & { tag: string }> {
    return options.data.map((order) => ({ data: { ...order, tag: this.tagger.tag(order.id) } }))
  }

  @Wrapper('pingConnection') ping() {
    return { statusCode: this.greeting.prefix === '' ? 500 : 200 }
  }
}
