import { Diy, Hook } from 'integrator-extension'
import { ExchangeRates } from './exchange-rates.js'

interface Order {
  id: string
  total: number
  currency: string
}

/** A DIY integration: hooks of the user's own flows, called with `diy: true`. */
@Diy()
export class OrdersIntegration {
  constructor(private readonly rates: ExchangeRates) {}

  /** hooks.preMap: one answer per record; a record that cannot be converted gets its error. */
  @Hook({ kind: 'preMap' })
  preMap(options: { data: Order[] }) {
    return options.data.map((order) => {
      try {
        return { data: { ...order, totalUsd: this.rates.toUsd(order.total, order.currency) } }
      } catch (error) {
        return { errors: [{ code: (error as { code: string }).code, message: (error as Error).message }] }
      }
    })
  }
}
