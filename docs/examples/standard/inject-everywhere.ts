// Compiled with "experimentalDecorators" off (test/standard/tsconfig.json); the same code compiles with it on.
import { bootstrap, Connector, createToken, Hook, inject, Injectable, Module, type PreMapOptions, type PreMapResult } from 'integrator-extension'

export interface Settings {
  readonly apiUrl: string
}
export const SETTINGS = createToken<Settings>('SETTINGS')
export const API_BASE = createToken<string>('API_BASE')
export const METRICS = createToken<{ count(name: string): void }>('METRICS')

@Injectable()
export class ApiClient {
  private readonly base = inject(API_BASE) // in a field initializer
  url(path: string): string {
    return `${this.base}${path}`
  }
}

@Connector('orders-connector-id')
export class OrdersConnector {
  private readonly api = inject(ApiClient) // a class: typed as its instance
  private readonly metrics = inject(METRICS, { optional: true }) // undefined if nothing provides it
  private readonly settings: Settings

  constructor() {
    this.settings = inject(SETTINGS) // or in the constructor body
  }

  @Hook('preMap') preMap(options: PreMapOptions): PreMapResult {
    this.metrics?.count('preMap')
    return options.data.map((data) => ({ data: { data, url: this.api.url('/orders'), from: this.settings.apiUrl } }))
  }
}

@Module({
  connectors: [OrdersConnector],
  providers: [
    ApiClient,
    { provide: SETTINGS, useValue: { apiUrl: 'https://api.example' } },
    { provide: API_BASE, useFactory: () => `${inject(SETTINGS).apiUrl}/v2` }, // factories may call inject() too
  ],
})
export class AppModule {}

export const app = bootstrap(AppModule)
