/** The logging surface the framework uses; a winston logger satisfies it. */
export interface Logger {
  info(message: string, meta?: object): unknown
  warn(message: string, meta?: object): unknown
  error(message: string, meta?: object): unknown
}

/** Plain console output: the original's default, and all Lambda needs (CloudWatch takes stdout). */
export const consoleLogger: Logger = {
  info: (message, meta) => console.log(format('info', message, meta)),
  warn: (message, meta) => console.warn(format('warn', message, meta)),
  error: (message, meta) => console.error(format('error', message, meta)),
}

function format(level: string, message: string, meta: object | undefined): string {
  return meta === undefined ? `${level}: ${message}` : `${level}: ${message} ${JSON.stringify(meta)}`
}
