import type { Logger } from '../core/index.js'
import { createLineWriter, type TextSink } from './line-writer.js'
import { invalidLevelMessage, jsonLine, levelFilter, prettyLine, type Level, type LogFormat } from './log-line.js'

export interface StdoutLoggerOptions {
  /** Default: 'json' with NODE_ENV=production or on Lambda, else 'pretty'. */
  format?: LogFormat
  /** Default: process.stdout. */
  sink?: TextSink & { isTTY?: boolean }
  env?: NodeJS.ProcessEnv
}

/**
 * The lines of a long-running process (the Express host, `serve`, a decorated app off Lambda),
 * written to stdout: JSON lines in production, readable lines elsewhere, coloured only on a
 * terminal and without `NO_COLOR`. `LOG_LEVEL` filters the levels. Info and warn lines are
 * written once per event-loop turn (line-writer.ts): a failed call's line is a warn line, and
 * a burst of 401s must cost no more than a burst of 200s. Errors are written at once.
 */
export function createStdoutLogger(options: StdoutLoggerOptions = {}): Logger {
  const env = options.env ?? process.env
  const sink = options.sink ?? process.stdout
  const format = options.format ?? defaultLogFormat(env)
  // no-color.org: any non-empty NO_COLOR turns colours off.
  const colours = format === 'pretty' && sink.isTTY === true && (env.NO_COLOR === undefined || env.NO_COLOR === '')
  const line = format === 'json' ? jsonLine : (level: Level, message: string, meta: object | undefined) => prettyLine(level, message, meta, colours)
  const writer = createLineWriter(sink)
  const filter = levelFilter(env.LOG_LEVEL)
  const logger: Logger = {
    info: filter.passes('info') ? (message, meta) => writer.write(line('info', message, meta)) : () => undefined,
    warn: filter.passes('warn') ? (message, meta) => writer.write(line('warn', message, meta)) : () => undefined,
    error: filter.passes('error') ? (message, meta) => writer.writeNow(line('error', message, meta)) : () => undefined,
  }
  if (filter.invalid !== undefined) logger.warn(invalidLevelMessage('LOG_LEVEL', filter.invalid))
  return logger
}

/** JSON lines in production and on Lambda (CloudWatch parses them), readable lines elsewhere. */
export function defaultLogFormat(env: NodeJS.ProcessEnv = process.env): LogFormat {
  return env.NODE_ENV === 'production' || env.AWS_LAMBDA_FUNCTION_NAME !== undefined ? 'json' : 'pretty'
}
