/** The logging surface the framework uses; a winston logger satisfies it. */
export interface Logger {
  info(message: string, meta?: object): unknown
  warn(message: string, meta?: object): unknown
  error(message: string, meta?: object): unknown
}

export type LogFormat = 'json' | 'pretty'

/** JSON lines in production and on Lambda (CloudWatch parses them), readable lines elsewhere. */
export function defaultLogFormat(env: NodeJS.ProcessEnv = process.env): LogFormat {
  return env.NODE_ENV === 'production' || env.AWS_LAMBDA_FUNCTION_NAME !== undefined ? 'json' : 'pretty'
}

/** Console output without winston: all Lambda needs, and the original's default. */
export function createConsoleLogger(format: LogFormat = defaultLogFormat()): Logger {
  const line =
    format === 'json'
      ? (level: string, message: string, meta: object | undefined) => JSON.stringify({ level, message, ...meta })
      : (level: string, message: string, meta: object | undefined) =>
          meta === undefined ? `${level}: ${oneLine(message)}` : `${level}: ${oneLine(message)} ${oneLine(JSON.stringify(meta))}`
  return {
    info: (message, meta) => console.log(line('info', message, meta)),
    warn: (message, meta) => console.warn(line('warn', message, meta)),
    error: (message, meta) => console.error(line('error', message, meta)),
  }
}

export const consoleLogger: Logger = createConsoleLogger()

// A message may quote a request's values (a function name): a control character in it must not start a forged line.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g

function oneLine(text: string): string {
  CONTROLS.lastIndex = 0
  return CONTROLS.test(text) ? text.replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : text
}
