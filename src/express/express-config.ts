import type { ExtensionConfig } from '../core/index.js'
import type { Logger } from '../core/index.js'
import type { LogFormat } from '../logging/log-line.js'

/** Configuration of the Express host: the core's fields plus protocol.md §3's. */
export interface ExpressExtensionConfig extends ExtensionConfig {
  /** Required: the stack's system token. Several tokens are all accepted (rotation without downtime). */
  systemToken: string | readonly string[]
  /** Default 80; 0 picks a free port. */
  port?: number
  /** Interface to listen on; default all interfaces. */
  host?: string
  /** Sets `http(s).globalAgent.maxSockets`; default Infinity. */
  maxSockets?: number
  /** The winston logger (or any `Logger`) to log to; default: stdout lines (logging/stdout-logger.ts). */
  winstonInstance?: Logger
  /** Format of the default logger: 'json' (default when NODE_ENV=production or on Lambda) or 'pretty'. */
  logFormat?: LogFormat
  /**
   * Prometheus metrics (per-function calls, errors by code, latency histograms).
   * `true`: `GET /metrics` behind the system token; `{ port }`: on a separate port, no token.
   */
  metrics?: boolean | { port: number; host?: string }
  /** Largest accepted request body (bytes, or a size such as '50mb'); default '50mb'. Past it: 413, connection closed. */
  bodyLimit?: string | number
  /**
   * Request-body bytes held at once across all requests (bytes, or a size such as '256mb');
   * default '256mb', at least `bodyLimit`. A body that would pass it gets 503 with `Retry-After`.
   */
  maxBufferedBytes?: string | number
  /** Largest request head (request line and headers), bytes; default 16,384 (Node's). Past it: 431. */
  maxHeaderSize?: number
  /**
   * Open connections at once (per process; per worker with `workers`); default 10,000. A
   * connection past it gets 503 `server_busy` with `Retry-After` and is closed. Infinity: no cap.
   */
  maxConnections?: number
  /** `server.timeout`, ms; default 315,000. */
  serverTimeout?: number
  /** `server.keepAliveTimeout`, ms; default 301,000 (above a load balancer's idle timeout). */
  keepAliveTimeout?: number
  /** `server.headersTimeout`, ms; default 305,000. */
  headersTimeout?: number
  /** Send `102 Processing` every this many ms while a call runs; default 270,000; 0 turns it off. */
  processingInterval?: number
  /** On close, how long in-flight calls may take before their sockets are cut, ms; default 30,000. */
  shutdownGracePeriod?: number
  /**
   * On SIGTERM/SIGINT: close gracefully, run `onClose`, exit 0. Default false: the
   * process belongs to the caller (tests, several servers); the CLI and bootstrap turn it on.
   */
  shutdownOnSignals?: boolean
  /**
   * While serving, an uncaught exception or unhandled rejection fails the call it came from
   * and the host keeps serving (docs/operations.md). Default true.
   */
  catchProcessFaults?: boolean
  /**
   * Serve from this many processes (node:cluster), sharing the port: one per core uses every
   * core. Default off (one process). The entry runs in every worker and in the primary, which
   * only supervises: it replaces a worker that dies, and on close asks each to close
   * gracefully. Metrics are per worker. See docs/operations.md, "Scaling".
   */
  workers?: number
  /** Clean-up run once the server has stopped (close pools, flush logs). */
  onClose?: () => void | Promise<void>
}

export const EXPRESS_DEFAULTS = {
  port: 80,
  bodyLimit: '50mb',
  maxBufferedBytes: '256mb',
  maxHeaderSize: 16_384,
  maxConnections: 10_000,
  serverTimeout: 315_000,
  keepAliveTimeout: 301_000,
  headersTimeout: 305_000,
  processingInterval: 270_000,
  shutdownGracePeriod: 30_000,
} as const
