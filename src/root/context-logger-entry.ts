import type { Logger } from '../core/index.js'
import type * as ContextLogger from '../logging/context-logger.js'
import { loadOnce } from './load-once.js'

// Loaded on first call: the logging room's bundle is not part of a plain Lambda cold start.
const load = loadOnce(() => require('../logging/context-logger.js') as typeof ContextLogger)

/**
 * A logger for user code: each line carries the current call's fields (request id, trace id,
 * connector, type, function, _integrationId, _flowId), read when the line is written.
 */
export function createContextLogger(base: Logger): Logger {
  return load().createContextLogger(base)
}
