import { Diy, Hook, inject, type PreMapOptions, type PreMapResult } from 'integrator-extension'
import type { Order } from './order.js'
import { Tagger } from './tagger.js'

/** The same hook as a DIY integration; inject() works in the constructor body too. */
@Diy()
export class OrdersDiy {
  private readonly tagger: Tagger

  constructor() {
    this.tagger = inject(Tagger)
  }

  @Hook('preMap') preMap(options: PreMapOptions<Order>): PreMapResult<Order & { tag: string }> {
    return options.data.map((order) =>
      order.total < 0
        ? { errors: [{ code: 'negative_total', message: `Order ${order.id} has a negative total.` }] }
        : { data: { ...order, tag: this.tagger.tag(order.id) } },
    )
  }
}
