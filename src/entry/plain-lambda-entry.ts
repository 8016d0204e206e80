import { createHandler, type LambdaHandler } from '../lambda/index.js'
import { ownHandler } from './own-handler.js'
import { findPlainConfig } from './plain-config.js'

/**
 * The packaged zip's handler for an entry that exports its own `handler` or a plain config: the
 * handler lambdaHandlerFromEntry gives such an entry, from a module that imports neither the
 * decorator framework nor the Express host, so that the bundle holds only the core and the
 * Lambda host (less to read and compile at each cold start). `package` picks it after loading
 * the entry.
 */
export function plainLambdaHandlerFromEntry(exported: unknown, file: string): LambdaHandler {
  const own = ownHandler(exported)
  if (own) return own
  const config = findPlainConfig(exported)
  if (!config) throw new Error(`${file} exports neither a handler nor a plain config`)
  return createHandler({ ...config })
}
