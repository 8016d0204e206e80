export { createHandler } from './create-handler.js'
export type { LambdaExtensionConfig, LambdaHandler } from './create-handler.js'
