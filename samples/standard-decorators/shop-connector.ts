import { Connector, Hook, inject, Wrapper, type PreMapOptions, type PreMapResult } from 'integrator-extension'
import type { Order } from './order.js'
import { Tagger } from './tagger.js'

/** Standard decorators: the connector takes its service with inject(), which needs no decorator metadata. */
@Connector('shop')
export class ShopConnector {
  private readonly tagger = inject(Tagger)

  @Hook('preMap') preMap(options: PreMapOptions<Order>): PreMapResult<Order & { tag: string }> {
    return options.data.map((order) => ({ data: { ...order, tag: this.tagger.tag(order.id) } }))
  }

  @Wrapper('pingConnection') ping() {
    return { statusCode: 200 }
  }
}
