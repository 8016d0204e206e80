/**
 * The package root. The decorator framework's values load when first read (root/lazy-framework.ts),
 * so that `require('integrator-extension').lambda` stays a short cold start; the API reference
 * shows them eagerly (tools/docs/package-root.ts).
 * @module integrator-extension
 */
export * from './root/root-exports.js'
export * from './root/lazy-framework.js'
