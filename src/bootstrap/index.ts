export { bootstrap } from './bootstrap.js'
export { Application } from './application.js'
export type { BootstrapOptions, AppExpressOptions, AppServer, OverrideProvider } from './bootstrap-options.js'
