import { consoleLogger, type Logger } from '../core/index.js'

/** protocol.md §1: without a winstonInstance, logs go to the console. */
export function defaultLogger(): Logger {
  return consoleLogger
}
