// Legacy decorators with metadata: compiled by tsc with "experimentalDecorators" and "emitDecoratorMetadata" on.
import { Connector, createToken, Hook, Inject, inject, Injectable, Module, Optional, type PreMapOptions, type PreMapResult } from 'integrator-extension'

export interface Settings {
  readonly apiUrl: string
}
export const SETTINGS = createToken<Settings>('SETTINGS')
export const METRICS = createToken<{ count(name: string): void }>('METRICS')

@Injectable()
export class ApiClient {
  url(path: string): string {
    return `https://api.example/v2${path}`
  }
}

@Connector('orders-by-type-id')
export class OrdersConnector {
  private readonly settings = inject(SETTINGS) // inject() works here too, alongside parameters

  constructor(
    private readonly api: ApiClient, // by type: needs the recorded parameter types
    @Optional() @Inject(METRICS) private readonly metrics?: { count(name: string): void }, // by token
  ) {}

  @Hook('preMap') preMap(options: PreMapOptions): PreMapResult {
    this.metrics?.count('preMap')
    return options.data.map((data) => ({ data: { data, url: this.api.url('/orders'), from: this.settings.apiUrl } }))
  }
}

@Module({ connectors: [OrdersConnector], providers: [ApiClient, { provide: SETTINGS, useValue: { apiUrl: 'https://api.example' } }] })
export class AppModule {}
