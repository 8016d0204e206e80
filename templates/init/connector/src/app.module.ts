import { Module } from 'integrator-extension'
import { OrderTagger } from './order-tagger.js'
import { OrdersConnector } from './orders.js'

/** The application: its connector and the services it needs. */
@Module({ connectors: [OrdersConnector], providers: [OrderTagger] })
export class AppModule {}
