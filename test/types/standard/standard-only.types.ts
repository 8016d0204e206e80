// Compiled with "experimentalDecorators" off only: what standard mode refuses, and what it keeps.
// (Every ../*.types.ts is compiled in this mode too: the contract typing of @Hook('preMap') etc. holds in both.)
import {
  Connector,
  createToken,
  Hook,
  Inject,
  inject,
  Injectable,
  Module,
  Optional,
  Wrapper,
  type PreMapOptions,
  type PreMapResult,
} from 'integrator-extension'

const URL = createToken<string>('URL')

@Injectable()
class Client {}

@Connector('c')
export class Shop {
  readonly client = inject(Client)

  constructor(
    // @ts-expect-error: parameter decorators exist only with experimentalDecorators; standard mode uses inject()
    @Inject(URL) readonly url: string,
    // @ts-expect-error: likewise @Optional()
    @Optional() readonly maybe?: string,
  ) {}

  // The contract typing holds in standard mode too.
  @Hook('preMap') preMap(options: PreMapOptions): PreMapResult {
    return options.data.map(() => ({}))
  }
  // @ts-expect-error: the result does not fit the preMap contract
  @Hook('preMap') wrongResult(options: PreMapOptions): number {
    return options.data.length
  }
  // @ts-expect-error: ping options carry a connection, not records
  @Wrapper('ping') wrongOptions(options: PreMapOptions) {
    return { statusCode: options.data.length > 0 ? 200 : 401 }
  }
  // @ts-expect-error: a function decorator on a property
  @Hook() notAMethod = () => 1
}

@Module({ connectors: [Shop], providers: [Client] })
export class App {}
