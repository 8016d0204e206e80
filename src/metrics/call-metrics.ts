import type { Registry } from 'prom-client'
import { requireOptionalPeer } from '../core/optional-peer.js'
import type { CallLogFields } from '../core/index.js'

/** What a metric reads of one call: the log fields the host filled in. */
export type ObservedCall = CallLogFields & { errorCode?: string }

/** Prometheus metrics of POST /function calls, in a registry of their own (several servers per process). */
export interface CallMetrics {
  observe(fields: ObservedCall, status: number, seconds: number): void
  readonly registry: Registry
}

const LABELS = ['connector', 'type', 'function'] as const

/** The label value of every call whose names do not lead to a configured function. */
export const OTHER_LABEL = 'other'

/**
 * `isConfigured` says whether a call's (connector, type, function) name a configured function:
 * only those become label values, so callers cannot grow the series with made-up names.
 */
export function createCallMetrics(isConfigured: (fields: ObservedCall) => boolean): CallMetrics {
  // Loaded only when metrics are on: prom-client is not free to import, and an optional peer (4.6 MB with its dependencies).
  const prometheus = requireOptionalPeer<typeof import('prom-client')>('prom-client', "The Express host's `metrics` option")
  const registry = new prometheus.Registry()
  const calls = new prometheus.Counter({
    name: 'integrator_extension_calls_total',
    help: 'Calls of POST /function, by function and HTTP status.',
    labelNames: [...LABELS, 'status'],
    registers: [registry],
  })
  const errors = new prometheus.Counter({
    name: 'integrator_extension_errors_total',
    help: 'Failed calls of POST /function, by function and error code.',
    labelNames: [...LABELS, 'code'],
    registers: [registry],
  })
  const duration = new prometheus.Histogram({
    name: 'integrator_extension_call_duration_seconds',
    help: 'Time from request to answer of POST /function, by function.',
    labelNames: LABELS,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300],
    registers: [registry],
  })
  return {
    registry,
    observe(fields, status, seconds) {
      // Unauthenticated requests never name a label value: a caller without the token cannot grow the series.
      const named = fields.function !== undefined || fields.connector !== undefined || fields.type !== undefined
      const labels = !named
        ? { connector: '', type: '', function: '' }
        : isConfigured(fields)
          ? { connector: fields.connector ?? '', type: fields.type ?? '', function: fields.function ?? '' }
          : { connector: OTHER_LABEL, type: OTHER_LABEL, function: OTHER_LABEL }
      calls.inc({ ...labels, status: String(status) })
      duration.observe(labels, seconds)
      if (status >= 400) errors.inc({ ...labels, code: fields.errorCode ?? String(status) })
    },
  }
}
