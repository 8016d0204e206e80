import { currentCallContext } from './call-context.js'
import { contextLogFields } from './call-log-fields.js'
import type { Logger } from './logger.js'

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
