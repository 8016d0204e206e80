export { createServer, stopServer, type Done } from './default-server.js'
export { ExtensionServer, validateExpressConfig } from './extension-server.js'
export type { ExpressExtensionConfig } from './express-config.js'
