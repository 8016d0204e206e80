import type { LogFormat, Logger } from '../core/index.js'

type Level = 'info' | 'warn' | 'error'

// winston's default colours, so the pretty lines look as they did.
const COLOURED: Record<Level, string> = { info: '\x1b[32minfo\x1b[39m', warn: '\x1b[33mwarn\x1b[39m', error: '\x1b[31merror\x1b[39m' }

/**
 * One line per event, written straight to a stream (stdout by default): the JSON lines or the
 * readable lines that winston's console logger wrote, at a sixth of its cost per line
 * (~6 µs against ~35 µs: winston runs every line through three object-mode streams).
 */
export function createLineLogger(format: LogFormat, stream: { write(text: string): unknown } = process.stdout): Logger {
  const line = format === 'json' ? jsonLine : prettyLine
  const log = (level: Level) => (message: string, meta?: object) => void stream.write(line(level, message, meta))
  return { info: log('info'), warn: log('warn'), error: log('error') }
}

function jsonLine(level: Level, message: string, meta: object | undefined): string {
  const entry: Record<string, unknown> = { level, message, ...meta, timestamp: new Date().toISOString() }
  entry.level = level
  entry.message = message
  try {
    return `${JSON.stringify(entry)}\n`
  } catch {
    return `${JSON.stringify(entry, safeReplacer())}\n` // a cycle or a BigInt in a user's meta
  }
}

function prettyLine(level: Level, message: string, meta: object | undefined): string {
  let fields = ''
  if (meta !== undefined) {
    for (const [key, value] of Object.entries(meta)) {
      if (value === undefined) continue
      fields += `${fields === '' ? '  ' : ' '}${key}=${typeof value === 'string' ? value : safeStringify(value)}`
    }
  }
  return `${clock(new Date())} ${COLOURED[level]} ${message}${fields}\n`
}

function clock(date: Date): string {
  const two = (n: number): string => String(n).padStart(2, '0')
  return `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}.${String(date.getMilliseconds()).padStart(3, '0')}`
}

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return JSON.stringify(value, safeReplacer()) ?? String(value)
  }
}

function safeReplacer(): (key: string, value: unknown) => unknown {
  const seen = new WeakSet<object>()
  return (_key, value) => {
    if (typeof value === 'bigint') return value.toString()
    if (typeof value === 'object' && value !== null) {
      if (seen.has(value)) return '[Circular]'
      seen.add(value)
    }
    return value
  }
}
