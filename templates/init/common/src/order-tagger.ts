import { Injectable } from 'integrator-extension'

/** A record of the page: only the fields this integration reads are typed. */
export interface Order {
  id: string
  total: number
  [field: string]: unknown
}

/** A service: injected into the class that needs it, replaced by a fake in tests. */
@Injectable()
export class OrderTagger {
  /** Orders of 100 or more are large. */
  tag(order: Order): Order {
    return { ...order, large: order.total >= 100 }
  }
}
