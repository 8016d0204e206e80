/**
 * `integrator-extension/express`: the Express host (also `express` of the package root).
 * @module integrator-extension/express
 */
export { createServer, stopServer, type Done } from './default-server.js'
export { ExtensionServer, validateExpressConfig } from './extension-server.js'
export type { ExpressExtensionConfig } from './express-config.js'
