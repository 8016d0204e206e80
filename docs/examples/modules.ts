import { Connector, Hook, Injectable, Module, Wrapper } from 'integrator-extension'

@Injectable()
export class HttpClient {
  async get(url: string): Promise<string> {
    return `GET ${url}`
  }
}

// A module of shared services: it provides HttpClient and exports it to its importers.
@Module({ providers: [HttpClient], exports: [HttpClient] })
export class SharedModule {}

@Connector('shopify-connector-id')
export class ShopifyConnector {
  constructor(private readonly http: HttpClient) {}
  @Hook() async preSavePageFunction(options: { data: unknown[] }) {
    await this.http.get('https://shop.example/products')
    return { data: options.data, errors: [], abort: false, newErrorsAndRetryData: [] }
  }
}

@Connector('netsuite-connector-id')
export class NetSuiteConnector {
  constructor(private readonly http: HttpClient) {}
  @Wrapper() async pingConnection() {
    await this.http.get('https://netsuite.example/ping')
    return { statusCode: 200 }
  }
}

// A feature module per connector; the application imports them. Both get the same HttpClient.
@Module({ connectors: [ShopifyConnector], imports: [SharedModule] })
export class ShopifyModule {}

@Module({ connectors: [NetSuiteConnector], imports: [SharedModule] })
export class NetSuiteModule {}

@Module({ imports: [ShopifyModule, NetSuiteModule] })
export class AppModule {}
