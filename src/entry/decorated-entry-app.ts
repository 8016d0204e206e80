import { bootstrap } from '../bootstrap-entry.js'
import type { Class } from '../decorators/token.js'
import type { EntryApp } from './entry-app.js'

/** An entry that exports a `@Module` class: bootstrapped once, served, invoked or packaged like a plain one. */
export function decoratedEntryApp(rootModule: Class): EntryApp {
  const app = bootstrap(rootModule)
  return {
    describe: () => app.describe(),
    async serve({ port, host, systemToken, logger }) {
      const server = await app.express({ port, host, systemToken, winstonInstance: logger, shutdownOnSignals: true })
      return { port: server.port, close: () => server.close() }
    },
    invoke: (extensionOptions, functionOptions) => app.dispatch(extensionOptions, functionOptions),
    lambdaHandler: (options) => app.lambda(options),
  }
}
