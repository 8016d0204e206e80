// An ES module consumer (compiled to .mjs): import of the package, decorators in strict TypeScript.
// Kept line for line the same as cjs-consumer.cts on purpose: the point is the one source under both module systems.
import 'reflect-metadata'
import type { Context } from 'aws-lambda'
import { bootstrap, Connector, createToken, ExtensionContext, Hook, Inject, Injectable, Module, Wrapper } from 'integrator-extension'

const PREFIX = createToken<string>('PREFIX')

@Injectable()
class Stamper {
  constructor(
    @Inject(PREFIX) private readonly prefix: string,
    private readonly context: ExtensionContext,
  ) {}
  stamp(record: object): object {
    return { ...record, by: `${this.prefix}:${this.context.bearerToken}` }
  }
}

@Connector('9ce44f88a25272b6d9cbb430ebbcfcf1')
class ShopifyConnector {
  constructor(private readonly stamper: Stamper) {}
  @Hook() async preSavePageFunction(options: { data: object[] }) {
    return { data: options.data.map((r) => this.stamper.stamp(r)), errors: [], abort: false, newErrorsAndRetryData: [] }
  }
  @Wrapper('pingConnection') async ping() {
    return { statusCode: 200 }
  }
}

@Module({ connectors: [ShopifyConnector], providers: [Stamper, { provide: PREFIX, useValue: 'shop' }] })
class AppModule {}

async function main(): Promise<void> {
  const quiet = { info: () => undefined, warn: () => undefined, error: (m: string) => console.error(m) }
  const app = bootstrap(AppModule, { logger: quiet })
  const invoked = await app.invoke(
    { _connectorId: '9ce44f88a25272b6d9cbb430ebbcfcf1', type: 'hook', function: 'preSavePageFunction' },
    { data: [{ id: 1 }], bearerToken: 'token-1' },
  )
  const ping = { _connectorId: '9ce44f88a25272b6d9cbb430ebbcfcf1', type: 'wrapper', function: 'pingConnection' }
  const lambda = await app.lambda()({}, { clientContext: ping, awsRequestId: 'r1' } as unknown as Context)
  const server = await app.express({ systemToken: 'consumer-token', port: 0, host: '127.0.0.1', shutdownOnSignals: false })
  const response = await fetch(`http://127.0.0.1:${server.port}/function`, {
    method: 'POST',
    headers: { authorization: 'Bearer consumer-token', 'content-type': 'application/json' },
    body: JSON.stringify({ ...ping, options: {} }),
  })
  const http = (await response.json()) as unknown
  await server.close()
  const manifest = app.describe().map((e) => `${e.type}.${e.name}`)
  console.log(JSON.stringify({ invoked, lambda, http, manifest }))
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
