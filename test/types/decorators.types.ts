// Type-level checks: compiled by `npm test`, never run. Each @ts-expect-error must stay an error.
import { bootstrap, Connector, createToken, Hook, Injectable, Module, type PreMapOptions, type PreMapResult } from 'integrator-extension'

@Injectable()
class Client {
  private readonly secret = 's'
  get(): string {
    return this.secret
  }
}
const PORT = createToken<number>('PORT')

@Connector('c')
class Shop {
  constructor(readonly client: Client) {}
  @Hook() preMap() {}
  @Hook('named') named() {}
  @Hook({ kind: 'preMap', name: 'mapped' }) mapped(options: PreMapOptions): PreMapResult {
    return options.data.map(() => ({}))
  }
  // @ts-expect-error: the name is a string
  @Hook(42) wrongName() {}
  // @ts-expect-error: unknown option
  @Hook({ kinds: 'preMap' }) wrongOption() {}
}

@Module({ connectors: [Shop], providers: [Client, { provide: PORT, useValue: 8080 }] })
class AppModule {}

export function overrides(): void {
  const app = bootstrap(AppModule)
  app.override(Client, { useValue: { get: () => 'fake' } }) // public members suffice
  app.override(PORT, { useValue: 1 })
  // @ts-expect-error: a typed token checks the value
  app.override(PORT, { useValue: 'not a number' })
  // @ts-expect-error: a fake must have the public members
  app.override(Client, { useValue: { other: () => 1 } })
  // @ts-expect-error: one of useValue, useClass, useFactory
  app.override(Client, {})
}
