import { Diy, Hook, inject, Wrapper, type PingOptions, type PingResult, type PreSavePageOptions, type PreSavePageResult } from 'integrator-extension'
import { OrderTagger, type Order } from './order-tagger.js'

/** A do-it-yourself integration: integrator.io's calls carry `diy: true`. */
@Diy()
export class OrdersIntegration {
  // From the module's providers; inject() needs no decorator metadata, so any compiler or test runner works.
  private readonly tagger = inject(OrderTagger)

  /** hooks.tagOrders, a preSavePage hook: the compiler checks options and result against its contract. */
  @Hook('preSavePage')
  async tagOrders(options: PreSavePageOptions<Order>): Promise<PreSavePageResult<Order>> {
    return { data: options.data.map((order) => this.tagger.tag(order)), errors: options.errors }
  }

  /** wrappers.ping: checks the connection before integrator.io saves it. */
  @Wrapper('ping')
  async ping(options: PingOptions): Promise<PingResult> {
    if (typeof options.connection.encrypted.apiKey === 'string') return { statusCode: 200 }
    return { statusCode: 401, errors: [{ code: 'missing_api_key', message: 'Enter the API key.' }] }
  }
}
