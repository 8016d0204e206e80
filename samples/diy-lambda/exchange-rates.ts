import { createToken, Inject, Injectable, type OnInit } from 'integrator-extension'

/** Where rates come from: a function, so tests (and other stages) can give their own. */
export type RatesSource = () => Promise<Record<string, number>>
export const RATES_SOURCE = createToken<RatesSource>('RATES_SOURCE')

export const staticRates: RatesSource = async () => ({ USD: 1, EUR: 0.92, GBP: 0.79 })

/** Loads the rates once per Lambda container, before the first invocation (onInit). */
@Injectable()
export class ExchangeRates implements OnInit {
  private rates: Record<string, number> = {}

  constructor(@Inject(RATES_SOURCE) private readonly source: RatesSource) {}

  async onInit(): Promise<void> {
    this.rates = await this.source()
  }

  toUsd(amount: number, currency: string): number {
    const rate = this.rates[currency]
    if (rate === undefined) throw Object.assign(new Error(`No exchange rate for ${currency}.`), { code: 'unknown_currency' })
    return Math.round((amount / rate) * 100) / 100
  }
}
