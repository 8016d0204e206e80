import { Connector, createToken, Hook, Inject, Injectable, Module, Optional } from 'integrator-extension'

// Interfaces and plain values have no run-time type: give them a token.
export interface Settings {
  apiUrl: string
  pageSize: number
}
export const SETTINGS = createToken<Settings>('SETTINGS')
export const API_BASE = createToken<string>('API_BASE')
export const METRICS = createToken<{ count(name: string): void }>('METRICS')

@Injectable() // a singleton: one instance per module
export class ApiClient {
  constructor(@Inject(API_BASE) readonly base: string) {}
}

@Injectable({ scope: 'transient' }) // a new instance for each injection
export class PageBuffer {
  readonly records: unknown[] = []
}

@Connector('orders-connector-id')
export class OrdersConnector {
  constructor(
    private readonly api: ApiClient, // by type
    private readonly buffer: PageBuffer, // transient: this connector's own
    @Inject(SETTINGS) private readonly settings: Settings, // by token
    @Optional() @Inject(METRICS) private readonly metrics?: { count(name: string): void }, // undefined if nothing provides it
  ) {}

  @Hook() preSavePageFunction(options: { data: unknown[] }) {
    this.metrics?.count('pages')
    this.buffer.records.push(...options.data.slice(0, this.settings.pageSize))
    return { data: options.data, errors: [], abort: false, newErrorsAndRetryData: [], api: this.api.base }
  }
}

@Module({
  connectors: [OrdersConnector],
  providers: [
    ApiClient,
    PageBuffer,
    { provide: SETTINGS, useValue: { apiUrl: 'https://api.example', pageSize: 100 } },
    { provide: API_BASE, useFactory: (settings: Settings) => `${settings.apiUrl}/v2`, inject: [SETTINGS] },
  ],
})
export class AppModule {}
