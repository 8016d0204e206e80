// The same functions twice: as a plain module and as a decorated connector. Required by the
// bench scripts only after they have timed the package's own import.
import { Connector, ExtensionContext, Hook, Injectable, Module, type Callback } from 'integrator-extension'

export const CONNECTOR_ID = 'bench'

interface Options {
  data: unknown[]
  bearerToken?: string
}

export const plainModule = {
  hooks: {
    preMap: (options: Options) => options.data,
    preMapCallback: (options: Options, callback: Callback) => callback(null, options.data),
    withToken: (options: Options) => ({ token: options.bearerToken, count: options.data.length }),
  },
}

@Injectable()
export class TokenReader {
  constructor(private readonly context: ExtensionContext) {}
  token(): string | undefined {
    return this.context.bearerToken
  }
}

@Connector(CONNECTOR_ID)
export class BenchConnector {
  constructor(private readonly reader: TokenReader) {}
  @Hook() preMap(options: Options) {
    return options.data
  }
  @Hook() preMapCallback(options: Options, callback: Callback) {
    callback(null, options.data)
  }
  /** Reads the token through an injected service and ExtensionContext, not from `options`. */
  @Hook() withToken(options: Options) {
    return { token: this.reader.token(), count: options.data.length }
  }
}

@Module({ connectors: [BenchConnector], providers: [TokenReader] })
export class BenchModule {}
