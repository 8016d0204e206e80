import type { CapturedHost } from '../core/entry-capture.js'
import type { LambdaHandler } from '../lambda/index.js'
import { ownHandler } from './own-handler.js'
import { resolveEntry } from './resolve-entry.js'

/**
 * The packaged zip's handler, and `invoke --lambda`'s: the entry's own `handler` as it is, if it
 * exports one, else one made from its functions (resolveEntry).
 */
export function lambdaHandlerFromEntry(exported: unknown, file: string, hosts: readonly CapturedHost[] = []): LambdaHandler {
  return ownHandler(exported) ?? resolveEntry(exported, file, hosts).lambda()
}
