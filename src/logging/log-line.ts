/** The levels the framework writes; `LOG_LEVEL` and `AWS_LAMBDA_LOG_LEVEL` also name trace, debug and fatal. */
export type Level = 'info' | 'warn' | 'error'

/** 'json': one JSON object per line, with a timestamp; 'pretty': a readable line (time, level, message, `key=value` fields). */
export type LogFormat = 'json' | 'pretty'

// The Lambda runtime's levels and order (aws-lambda-ric's LOG_LEVEL); LOG_LEVEL uses the same names.
const PRIORITY: Readonly<Record<string, number>> = { TRACE: 1, DEBUG: 2, INFO: 3, WARN: 4, ERROR: 5, FATAL: 6 }
const LEVEL_PRIORITY: Readonly<Record<Level, number>> = { info: 3, warn: 4, error: 5 }

/**
 * The levels a `LOG_LEVEL`-style setting lets through (any case; unset: every level). An unknown
 * name lets every level through and comes back as `invalid`, for the logger to say so once.
 */
export function levelFilter(setting: string | undefined): { passes: (level: Level) => boolean; invalid?: string } {
  if (setting === undefined || setting === '') return { passes: () => true }
  const minimum = PRIORITY[setting.toUpperCase()]
  if (minimum === undefined) return { passes: () => true, invalid: setting }
  return { passes: (level) => LEVEL_PRIORITY[level] >= minimum }
}

export function invalidLevelMessage(variable: string, value: string): string {
  return `${variable}=${JSON.stringify(value)} is not a level (trace, debug, info, warn, error, fatal): every level is written`
}

// winston's default colours, so the pretty lines look as they did.
const COLOURED: Record<Level, string> = { info: '\x1b[32minfo\x1b[39m', warn: '\x1b[33mwarn\x1b[39m', error: '\x1b[31merror\x1b[39m' }

/**
 * The one formatter of the house (every host, the access lines and the ExtensionContext logger):
 * `{"level","message",...fields,"timestamp"}` as one line of JSON, ending in a newline. The
 * fields' JSON is spliced between message and timestamp: one stringify, no copy (~2.5 µs a line).
 */
export function jsonLine(level: Level, message: string, meta: object | undefined): string {
  const head = `{"level":"${level}","message":${JSON.stringify(message)}`
  const tail = `"timestamp":"${isoNow()}"}\n`
  if (meta === undefined) return `${head},${tail}`
  // Common case: the fields' JSON spliced between level/message and timestamp (one stringify, no copy).
  const fields = RESERVED.some((key) => key in meta) ? undefined : stringifyOrUndefined(meta)
  if (fields !== undefined && fields[0] === '{') return fields.length > 2 ? `${head},${fields.slice(1, -1)},${tail}` : `${head},${tail}`
  const entry: Record<string, unknown> = { level, message, ...meta, timestamp: isoNow() }
  entry.level = level
  entry.message = message
  delete entry.toJSON
  return `${JSON.stringify(entry, safeReplacer())}\n`
}

/**
 * The same line as an object without level and timestamp, for the Lambda runtime's JSON mode:
 * its console writes `{"timestamp","level","requestId","message": <this>}`, encoding it once.
 */
export function logEntry(message: string, meta: object | undefined): Record<string, unknown> {
  if (meta === undefined) return { message }
  const entry: Record<string, unknown> = { message, ...meta }
  entry.message = message
  delete entry.level
  delete entry.timestamp
  delete entry.toJSON
  return entry
}

// Keys the line sets itself; `toJSON` could turn the fields into anything.
const RESERVED = ['level', 'message', 'timestamp', 'toJSON']

function stringifyOrUndefined(value: object): string | undefined {
  try {
    return JSON.stringify(value)
  } catch {
    return undefined // a cycle or a BigInt in a user's meta: the replacer path handles it
  }
}

// One Date and toISOString per millisecond, not per line (~0.7 µs each).
let clockMs = 0
let clockIso = ''
function isoNow(): string {
  const now = Date.now()
  if (now !== clockMs) {
    clockMs = now
    clockIso = new Date(now).toISOString()
  }
  return clockIso
}

/**
 * `key=value` fields after the message. Values come from requests (a traceid header, a function
 * name): one with a space, '=', a quote or a control character is written as a JSON string, so
 * it can neither add a field (`x status=200`) nor start a forged line.
 */
export function prettyLine(level: Level, message: string, meta: object | undefined, colours: boolean): string {
  let fields = ''
  if (meta !== undefined) {
    for (const [key, value] of Object.entries(meta)) {
      if (value === undefined) continue
      fields += `${fields === '' ? '  ' : ' '}${prettyValue(key)}=${typeof value === 'string' ? prettyValue(value) : escapeControls(safeStringify(value))}`
    }
  }
  return `${clock(new Date())} ${colours ? COLOURED[level] : level} ${escapeControls(message)}${fields}\n`
}

// What a field value may hold unquoted: no space, '=', quote, backslash or control character.
const BARE_VALUE = /^[^\s="\\\u0000-\u001f\u007f-\u009f\u2028\u2029]+$/
// What JSON.stringify leaves as it is but a terminal or a log reader may act on.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g

function prettyValue(value: string): string {
  return BARE_VALUE.test(value) ? value : escapeControls(JSON.stringify(value))
}

function escapeControls(text: string): string {
  CONTROLS.lastIndex = 0
  return CONTROLS.test(text) ? text.replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : text
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
