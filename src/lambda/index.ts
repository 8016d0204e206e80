/**
 * `integrator-extension/lambda`: the Lambda host alone, with no third-party package (also `lambda` of the package root).
 * @module integrator-extension/lambda
 */
export { createHandler } from './create-handler.js'
export type { LambdaExtensionConfig, LambdaHandler, LambdaHandlerOptions } from './create-handler.js'
