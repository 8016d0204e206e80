import type { Logger } from '../core/index.js'
import { invalidLevelMessage, jsonLine, levelFilter, logEntry, type Level } from './log-line.js'

/**
 * The Lambda host's lines, through `console`: on Lambda the runtime has replaced its methods, so
 * each line reaches CloudWatch with the runtime's timestamp, request id and level, and the
 * function's log settings apply. `AWS_LAMBDA_LOG_FORMAT=Text` (the default): our JSON line
 * after the runtime's prefix. `JSON`: the runtime writes JSON itself, so it is handed the line
 * as an object (`"message": {...}`), encoded once. `AWS_LAMBDA_LOG_LEVEL` (else `LOG_LEVEL`)
 * filters the levels, here as in the runtime, so the filter also holds where no runtime runs.
 */
export function createLambdaLogger(env: NodeJS.ProcessEnv = process.env): Logger {
  // The runtime's JSON mode: the variable it reads, in the process it runs (AWS_LAMBDA_RUNTIME_API is how it finds Lambda).
  const runtimeJson = env.AWS_LAMBDA_LOG_FORMAT?.toUpperCase() === 'JSON' && env.AWS_LAMBDA_RUNTIME_API !== undefined
  const variable = env.AWS_LAMBDA_LOG_LEVEL !== undefined ? 'AWS_LAMBDA_LOG_LEVEL' : 'LOG_LEVEL'
  const filter = levelFilter(env[variable])
  const write = (level: Level) => {
    if (!filter.passes(level)) return () => undefined
    // Read at each line: the runtime's methods once it has started. Info through console.log, which the runtime makes console.info.
    const method = level === 'info' ? 'log' : level
    return runtimeJson
      ? (message: string, meta?: object) => console[method](logEntry(message, meta))
      : (message: string, meta?: object) => console[method](jsonLine(level, message, meta).slice(0, -1))
  }
  const logger: Logger = { info: write('info'), warn: write('warn'), error: write('error') }
  if (filter.invalid !== undefined) logger.warn(invalidLevelMessage(variable, filter.invalid))
  return logger
}
