import { Connector, Hook, inject, Wrapper, type PingOptions, type PingResult, type PreSavePageOptions, type PreSavePageResult } from 'integrator-extension'
import { OrderTagger, type Order } from './order-tagger.js'

/** The _connectorId integrator.io gave the connector: its calls carry it. */
export const ORDERS_CONNECTOR_ID = '5f3c0a9e1b2d4c6e8a0b1c2d'

@Connector(ORDERS_CONNECTOR_ID)
export class OrdersConnector {
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
