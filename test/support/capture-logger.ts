import type { Logger } from 'integrator-extension'

export interface LogLine {
  level: 'info' | 'warn' | 'error'
  message: string
  meta: Record<string, unknown> | undefined
}

/** A Logger that keeps every line, so tests can assert what the host logged. */
export class CaptureLogger implements Logger {
  readonly lines: LogLine[] = []
  info(message: string, meta?: object): void {
    this.lines.push({ level: 'info', message, meta: meta as Record<string, unknown> })
  }
  warn(message: string, meta?: object): void {
    this.lines.push({ level: 'warn', message, meta: meta as Record<string, unknown> })
  }
  error(message: string, meta?: object): void {
    this.lines.push({ level: 'error', message, meta: meta as Record<string, unknown> })
  }
  /** Everything logged, as one string: for "never appears in the logs" assertions. */
  text(): string {
    return this.lines.map((l) => `${l.message} ${JSON.stringify(l.meta)}`).join('\n')
  }
}
