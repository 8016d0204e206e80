import { Diy, Hook, type PreMapOptions, type PreMapResult } from 'integrator-extension'
import type { Order } from './order.js'
import { Tagger } from './tagger.js'

@Diy()
export class OrdersDiy {
  constructor(private readonly tagger: Tagger) {}

  @Hook('preMap') preMap(options: PreMapOptions<Order>): PreMapResult<Order & { tag: string }> {
    return options.data.map((order) =>
      order.total < 0
        ? { errors: [{ code: 'negative_total', message: `Order ${order.id} has a negative total.` }] }
        : { data: { ...order, tag: this.tagger.tag(order.id) } },
    )
  }
}
