import type { LogFormat, Logger } from '../core/index.js'

/**
 * Without a winstonInstance: a winston console logger, JSON lines in production
 * (`NODE_ENV=production`), colourised readable lines in development.
 */
export function defaultLogger(format: LogFormat): Logger {
  const winston = require('winston') as typeof import('winston')
  const { combine, colorize, timestamp, printf, json } = winston.format
  const pretty = printf(({ level, message, timestamp: time, ...meta }) => {
    const fields = Object.entries(meta)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
      .join(' ')
    return `${String(time)} ${level} ${String(message)}${fields ? `  ${fields}` : ''}`
  })
  return winston.createLogger({
    format: format === 'json' ? combine(timestamp(), json()) : combine(colorize(), timestamp({ format: 'HH:mm:ss.SSS' }), pretty),
    transports: [new winston.transports.Console()],
  })
}
