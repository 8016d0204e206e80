/**
 * The logging surface the framework uses; a winston logger satisfies it. The lines themselves
 * (format, level filter, destination) are the logging room's (src/logging/).
 */
export interface Logger {
  info(message: string, meta?: object): unknown
  warn(message: string, meta?: object): unknown
  error(message: string, meta?: object): unknown
}
