export * from './core/index.js'
export type { ExpressExtensionConfig, ExtensionServer } from './express/index.js'
export type { LambdaExtensionConfig, LambdaHandler } from './lambda/index.js'
export { express } from './express-namespace.js'
export { lambda } from './lambda-namespace.js'
// The decorator framework: the decorators and the contract helpers load when first read
// (lazy-framework.ts); bootstrap() loads the rest, and inversify.
export * from './lazy-framework.js'
export { bootstrap } from './bootstrap-entry.js'
export type { Application, BootstrapOptions, AppExpressOptions, AppServer, OverrideProvider, Replacement } from './bootstrap/index.js'
export { ExtensionContext } from './context/index.js'
export * from './errors/index.js'
export type { OnInit, OnDestroy } from './container/index.js'
export type { ManifestEntry } from './scanner/index.js'
