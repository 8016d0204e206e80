import type { LogFormat, Logger } from '../core/index.js'
import { createLineLogger } from './line-logger.js'

/**
 * Without a winstonInstance: console lines, JSON in production (`NODE_ENV=production`),
 * colourised readable lines in development. Written directly, not through winston: see line-logger.ts.
 */
export function defaultLogger(format: LogFormat): Logger {
  return createLineLogger(format)
}
