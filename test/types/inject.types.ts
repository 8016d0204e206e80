// inject() typing, compiled in both decorator modes (test/types/tsconfig.json and test/types/standard/tsconfig.json).
import { Connector, createToken, Hook, inject, Injectable, type PreMapOptions, type PreMapResult } from 'integrator-extension'

interface Config {
  readonly url: string
}
const CONFIG = createToken<Config>('CONFIG')

@Injectable()
class Client {
  get(): string {
    return 'x'
  }
}
abstract class Store {
  abstract read(): string
}

@Connector('c')
export class Shop {
  readonly client: Client = inject(Client) // a class: its instance
  readonly config: Config = inject(CONFIG) // a typed token: its type
  readonly store: Store = inject(Store) // an abstract class too
  readonly maybe: Config | undefined = inject(CONFIG, { optional: true })
  readonly named = inject<number>('PORT') // a string token: the type is the caller's to give
  // @ts-expect-error: optional gives T | undefined
  readonly notMaybe: Config = inject(CONFIG, { optional: true })
  // @ts-expect-error: the token's type is kept
  readonly wrong: number = inject(CONFIG)
  // @ts-expect-error: the class's instance type is kept
  readonly wrongClass: Config = inject(Client)
  // @ts-expect-error: not a token
  readonly notAToken = inject(42)

  @Hook('preMap') preMap(options: PreMapOptions): PreMapResult {
    return options.data.map(() => ({ data: this.client.get() + this.config.url + this.store.read() + String(this.named) + String(this.maybe) }))
  }
}
