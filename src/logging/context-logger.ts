import { contextLogFields, currentCallContext, type Logger } from '../core/index.js'

/**
 * A logger for user code: each line carries the current call's fields (request id, trace id,
 * connector, type, function, _integrationId, _flowId), read when the line is written, so one
 * instance serves concurrent calls without mixing them up.
 */
export function createContextLogger(base: Logger): Logger {
  const withFields = (meta: object | undefined): object => {
    const context = currentCallContext()
    return context ? { ...contextLogFields(context), ...meta } : (meta ?? {})
  }
  return {
    info: (message, meta) => base.info(message, withFields(meta)),
    warn: (message, meta) => base.warn(message, withFields(meta)),
    error: (message, meta) => base.error(message, withFields(meta)),
  }
}

/**
 * Writes to the logger of the host serving the current call (its access lines' logger, so both
 * share one format and one destination), or to `outside` when no call runs (`onInit()`, constructors).
 */
export function hostLogger(outside: Logger): Logger {
  const current = (): Logger => currentCallContext()?.logger ?? outside
  return {
    info: (message, meta) => current().info(message, meta),
    warn: (message, meta) => current().warn(message, meta),
    error: (message, meta) => current().error(message, meta),
  }
}
