import type { LogFormat, Logger } from '../core/index.js'
import { createLineWriter, type TextSink } from './line-writer.js'

type Level = 'info' | 'warn' | 'error'

// winston's default colours, so the pretty lines look as they did.
const COLOURED: Record<Level, string> = { info: '\x1b[32minfo\x1b[39m', warn: '\x1b[33mwarn\x1b[39m', error: '\x1b[31merror\x1b[39m' }

/**
 * One line per event, written to stdout by default: the JSON lines or the readable lines that
 * winston's console logger wrote, at a fraction of its cost per line (winston runs every line
 * through three object-mode streams: ~35 µs). Info lines are written once per event-loop turn
 * (line-writer.ts); warnings and errors at once.
 */
export function createLineLogger(format: LogFormat, sink: TextSink = process.stdout): Logger {
  const line = format === 'json' ? jsonLine : prettyLine
  const writer = createLineWriter(sink)
  return {
    info: (message, meta) => writer.write(line('info', message, meta)),
    warn: (message, meta) => writer.writeNow(line('warn', message, meta)),
    error: (message, meta) => writer.writeNow(line('error', message, meta)),
  }
}

function jsonLine(level: Level, message: string, meta: object | undefined): string {
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
function prettyLine(level: Level, message: string, meta: object | undefined): string {
  let fields = ''
  if (meta !== undefined) {
    for (const [key, value] of Object.entries(meta)) {
      if (value === undefined) continue
      fields += `${fields === '' ? '  ' : ' '}${prettyValue(key)}=${typeof value === 'string' ? prettyValue(value) : escapeControls(safeStringify(value))}`
    }
  }
  return `${clock(new Date())} ${COLOURED[level]} ${escapeControls(message)}${fields}\n`
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
