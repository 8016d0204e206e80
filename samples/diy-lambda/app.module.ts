import { Module } from 'integrator-extension'
import { ExchangeRates, RATES_SOURCE, staticRates } from './exchange-rates.js'
import { OrdersIntegration } from './orders-integration.js'

@Module({
  diy: OrdersIntegration,
  providers: [ExchangeRates, { provide: RATES_SOURCE, useValue: staticRates }],
})
export class AppModule {}
