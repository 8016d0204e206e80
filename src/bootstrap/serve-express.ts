import type { ExtensionConfig } from '../core/index.js'
import type { AppExpressOptions, AppServer } from './bootstrap-options.js'

/**
 * Serves a config on a new Express host, for either kind of application: the host's options win
 * over the config's fields. Express is loaded here, on the first call: never on the Lambda path.
 */
export async function serveOnExpress(config: ExtensionConfig, options: AppExpressOptions, onClose?: () => Promise<void>): Promise<AppServer> {
  const { ExtensionServer } = require('../express/index.js') as typeof import('../express/index.js')
  const server = new ExtensionServer({ ...config, ...options, shutdownOnSignals: options.shutdownOnSignals ?? true, ...(onClose ? { onClose } : {}) })
  await server.start()
  return { port: server.port as number, server, close: () => server.close() }
}
