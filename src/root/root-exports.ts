/** Everything the package root exports except the decorator framework's values (index.ts adds them). */
export * from '../core/index.js'
export type { ExpressExtensionConfig, ExtensionServer } from '../express/index.js'
export type { LambdaExtensionConfig, LambdaHandler } from '../lambda/index.js'
export { createContextLogger } from './context-logger-entry.js'
export { express } from './express-namespace.js'
export { lambda } from './lambda-namespace.js'
// The decorator framework's values (decorators, contract helpers) are in lazy-framework.ts;
// bootstrap() loads the rest, and inversify.
export { bootstrap } from './bootstrap-entry.js'
export type { Application, BootstrapOptions, AppExpressOptions, AppServer, CallOptions, Fake, OverrideProvider, Replacement } from '../bootstrap/index.js'
// ExtensionContext and the error classes: lazy too (lazy-framework.ts).
export type { OnInit, OnDestroy } from '../container/index.js'
export type { ManifestEntry } from '../scanner/index.js'
