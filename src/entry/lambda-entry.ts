import type { LambdaHandler } from '../lambda/index.js'
import { ownHandler } from './own-handler.js'
import { resolveEntry } from './resolve-entry.js'

/** The packaged zip's handler: the entry's own `handler` if it exports one, else one made from its config. */
export function lambdaHandlerFromEntry(exported: unknown, file: string): LambdaHandler {
  return ownHandler(exported) ?? resolveEntry(exported, file).lambdaHandler()
}
