export { bootstrap } from './bootstrap.js'
export { Application } from './application.js'
export type { ExtensionApp } from './extension-app.js'
export type { BootstrapOptions, AppExpressOptions, AppServer, CallOptions, Fake, OverrideProvider, Replacement } from './bootstrap-options.js'
