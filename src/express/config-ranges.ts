import { ExtensionError, type ProtocolError } from '../core/index.js'
import type { ExpressExtensionConfig } from './express-config.js'
import { byteLimit } from './fast-path.js'

// Node turns a timer delay it cannot use (Infinity, NaN, > 2^31-1) into 1 ms: a 102 every
// millisecond, an instant cut-off. Every number of the config is checked as `callTimeout` is.
const MAX_TIMER_MS = 2 ** 31 - 1

interface NumberRule {
  field: keyof ExpressExtensionConfig | 'metrics.port'
  ok: (value: number) => boolean
  rule: string
}

const integer = (min: number, max: number) => (value: number) => Number.isInteger(value) && value >= min && value <= max
const milliseconds = (min: number) => integer(min, MAX_TIMER_MS)

const RULES: readonly NumberRule[] = [
  { field: 'port', ok: integer(0, 65535), rule: 'an integer from 0 to 65535' },
  { field: 'maxSockets', ok: (v) => v === Infinity || integer(1, Number.MAX_SAFE_INTEGER)(v), rule: 'an integer of at least 1, or Infinity' },
  { field: 'serverTimeout', ok: milliseconds(0), rule: `a whole number of milliseconds from 0 (off) to ${MAX_TIMER_MS}` },
  { field: 'keepAliveTimeout', ok: milliseconds(0), rule: `a whole number of milliseconds from 0 (off) to ${MAX_TIMER_MS}` },
  { field: 'headersTimeout', ok: milliseconds(0), rule: `a whole number of milliseconds from 0 (off) to ${MAX_TIMER_MS}` },
  { field: 'processingInterval', ok: milliseconds(0), rule: `a whole number of milliseconds from 0 (off) to ${MAX_TIMER_MS}` },
  { field: 'shutdownGracePeriod', ok: milliseconds(0), rule: `a whole number of milliseconds from 0 to ${MAX_TIMER_MS}` },
  { field: 'workers', ok: integer(1, 1024), rule: 'an integer from 1 to 1024' },
  { field: 'maxConnections', ok: (v) => v === Infinity || integer(1, Number.MAX_SAFE_INTEGER)(v), rule: 'an integer of at least 1, or Infinity (no cap)' },
  { field: 'maxHeaderSize', ok: integer(1024, 16 * 1024 * 1024), rule: 'a whole number of bytes from 1024 to 16777216' },
  { field: 'metrics.port', ok: integer(0, 65535), rule: 'an integer from 0 to 65535' },
]

export function numberFieldInvalid(field: string, rule: string): ProtocolError {
  return { code: 'invalid_field', message: `The ${field} field must be ${rule}.` }
}

/** The Express host's numeric options, checked before anything starts; undefined when all are usable. */
export function checkNumberFields(config: ExpressExtensionConfig): ExtensionError | undefined {
  for (const { field, ok, rule } of RULES) {
    const value = field === 'metrics.port' ? (typeof config.metrics === 'object' && config.metrics !== null ? config.metrics.port : undefined) : config[field]
    if (value === undefined || value === null) continue
    if (typeof value !== 'number' || !ok(value)) return new ExtensionError(numberFieldInvalid(field, rule))
  }
  const bodyLimit = sizeOf(config.bodyLimit)
  if (bodyLimit === null) return new ExtensionError(numberFieldInvalid('bodyLimit', "a number of bytes of at least 1, or a size such as '50mb'"))
  const buffered = sizeOf(config.maxBufferedBytes)
  const rule = "a number of bytes, or a size such as '256mb', no smaller than bodyLimit"
  if (buffered === null || (buffered !== undefined && buffered < (bodyLimit ?? byteLimit('50mb')!))) {
    return new ExtensionError(numberFieldInvalid('maxBufferedBytes', rule))
  }
  return undefined
}

/** A size option in bytes; undefined when absent, null when unusable. */
function sizeOf(value: unknown): number | undefined | null {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'number' && typeof value !== 'string') return null
  const bytes = byteLimit(value)
  return bytes !== undefined && bytes >= 1 && bytes <= Number.MAX_SAFE_INTEGER ? bytes : null
}
