import { Module } from 'integrator-extension'
import { OrderTagger } from './order-tagger.js'
import { OrdersIntegration } from './orders.js'

/** The application: its integration and the services it needs. */
@Module({ diy: OrdersIntegration, providers: [OrderTagger] })
export class AppModule {}
