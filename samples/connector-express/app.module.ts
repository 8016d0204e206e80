import { Module } from 'integrator-extension'
import { fetchHttp, HTTP } from './http.js'
import { IntegratorApi } from './integrator-api.js'
import { ShopifyConnector } from './shopify-connector.js'

/** The application: its connectors and what they need. Tests replace HTTP with `override()`. */
@Module({
  connectors: [ShopifyConnector],
  providers: [IntegratorApi, { provide: HTTP, useValue: fetchHttp }],
})
export class AppModule {}
