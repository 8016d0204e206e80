import type { LambdaHandler } from '../lambda/index.js'
import { resolveEntry } from './resolve-entry.js'

/** The packaged zip's handler: the entry's own `handler` if it exports one, else one made from its config. */
export function lambdaHandlerFromEntry(exported: unknown, file: string): LambdaHandler {
  const own = (exported as { handler?: unknown } | null)?.handler
  if (typeof own === 'function') return own as LambdaHandler
  return resolveEntry(exported, file).lambdaHandler()
}
