import { Dispatcher, type ExtensionConfig } from '../core/index.js'
import { createHandler } from '../lambda/index.js'
import { describeConfig } from '../core/describe-config.js'
import type { EntryApp } from './entry-app.js'

/** An entry that exports the original plain config. */
export function plainEntryApp(config: ExtensionConfig): EntryApp {
  return {
    describe: () => describeConfig(config),
    async serve({ port, host, systemToken, logger, workers }) {
      // Loaded here: packaged Lambda bundles never serve.
      const { ExtensionServer } = require('../express/index.js') as typeof import('../express/index.js')
      const server = new ExtensionServer({ ...config, port, host, systemToken, winstonInstance: logger, workers, shutdownOnSignals: true })
      await server.start()
      return { port: server.port as number, close: () => server.close() }
    },
    invoke: (extensionOptions, functionOptions) => new Dispatcher(config).dispatch({ extensionOptions, functionOptions }),
    lambdaHandler: () => createHandler(config),
  }
}
