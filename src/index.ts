/**
 * The package root. The decorator framework's values load when first read (lazy-framework.ts),
 * so that `require('integrator-extension').lambda` stays a short cold start; the API reference
 * shows them eagerly (tools/docs/package-root.ts).
 * @module integrator-extension
 */
// First: standard (TC39) decorators record through Symbol.metadata, which Node 20-24 lack; it must
// exist before the user's first decorated class is defined, i.e. as soon as the package is imported.
import './symbol-metadata.js'
export * from './root-exports.js'
export * from './lazy-framework.js'
