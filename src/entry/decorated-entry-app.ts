import type { Application } from '../bootstrap/application.js'
import type { EntryApp } from './entry-app.js'

/**
 * An entry's decorated application: bootstrapped from the `@Module` class it exports, or the one
 * its `handler` (from `bootstrap(AppModule).lambda()`) carries. Served, invoked or packaged like a plain one.
 */
export function decoratedEntryApp(app: Application): EntryApp {
  return {
    describe: () => app.describe(),
    async serve({ port, host, systemToken, logger, workers }) {
      const server = await app.express({ port, host, systemToken, winstonInstance: logger, workers, shutdownOnSignals: true })
      return { port: server.port, close: () => server.close() }
    },
    invoke: (extensionOptions, functionOptions) => app.dispatch(extensionOptions, functionOptions),
    lambdaHandler: () => app.lambda(),
  }
}
