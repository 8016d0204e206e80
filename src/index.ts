/**
 * The package root. The decorator framework's values load when first read (lazy-framework.ts),
 * so that `require('integrator-extension').lambda` stays a short cold start; the API reference
 * shows them eagerly (tools/docs/package-root.ts).
 * @module integrator-extension
 */
export * from './root-exports.js'
export * from './lazy-framework.js'
