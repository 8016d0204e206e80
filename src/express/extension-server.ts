import { hostCapture, notStarted } from '../core/entry-capture.js'
import http, { type RequestListener } from 'node:http'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import type { Express } from 'express'
import { Dispatcher, ExtensionError, ProtocolErrors, installProcessFaultHandlers, validateConfig, type CallLogFields, type Logger } from '../core/index.js'
import { findFunction } from '../core/find-function.js'
import { BodyBudget } from './body-budget.js'
import { createCallMetrics, type CallMetrics } from '../metrics/call-metrics.js'
import { answerClientError, answerConnect, answerExpectationFailed } from './client-errors.js'
import { checkNumberFields } from './config-ranges.js'
import { capConnections, onRefusedConnection } from './connection-cap.js'
import { HostErrors } from '../core/protocol-errors.js'
import { byteLimit } from './fast-path.js'
import { HttpErrors, refuseAndClose } from './http-errors.js'
import { createApp, type AppOptions } from './create-app.js'
import { withFunctionFastPath } from './fast-path.js'
import { startMetricsServer } from '../metrics/metrics-endpoint.js'
import { createStdoutLogger } from '../logging/stdout-logger.js'
import { EXPRESS_DEFAULTS, type ExpressExtensionConfig } from './express-config.js'
import { bearerToken, createTokenCheck } from './system-token.js'
import { isClusterWorker, onPrimaryClose, startWorkerPool, supervisesWorkers, type WorkerPool } from '../workers/worker-pool.js'

/** protocol.md §1: the Express host's checks, after the core's. */
export function validateExpressConfig(config: unknown): ExtensionError | undefined {
  const error = validateConfig(config)
  if (error) return error
  const token = (config as ExpressExtensionConfig).systemToken
  const tokens = typeof token === 'string' ? [token] : Array.isArray(token) ? token : []
  if (tokens.length === 0 || tokens.some((t) => typeof t !== 'string' || t === '')) {
    return new ExtensionError(ProtocolErrors.missingSystemToken)
  }
  return checkNumberFields(config as ExpressExtensionConfig)
}

/**
 * One Express host: an object, so that several can run in one process.
 * `start()` listens; `close()` stops accepting, lets in-flight calls finish within the grace
 * period, and closes idle keep-alive sockets.
 */
export class ExtensionServer {
  readonly app: Express
  readonly logger: Logger
  /** The app behind a fast path for POST /function (fast-path.ts). */
  private readonly listener: RequestListener
  private readonly isValidToken: (candidate: string | undefined) => boolean
  private readonly config: ExpressExtensionConfig
  private server: http.Server | undefined
  private closing: Promise<void> | undefined
  private readonly cleanups: Array<() => void> = []
  private readonly metrics: CallMetrics | undefined
  private metricsServer: http.Server | undefined
  /** With `workers`, in the cluster primary: the workers it supervises (worker-pool.ts). */
  private pool: WorkerPool | undefined
  /** Calls being run: those the grace period cuts get a 503 first. */
  private readonly inFlight = new Set<http.ServerResponse>()

  /** Throws the protocol's ExtensionError for a bad config. */
  constructor(config: ExpressExtensionConfig) {
    const error = validateExpressConfig(config)
    if (error) throw error
    this.config = config
    this.logger = config.winstonInstance ?? config.logger ?? createStdoutLogger({ format: config.logFormat })
    const dispatcher = new Dispatcher(config, this.logger)
    this.metrics = config.metrics ? createCallMetrics((fields) => namesConfiguredFunction(config, fields)) : undefined
    const bodyLimit = config.bodyLimit ?? EXPRESS_DEFAULTS.bodyLimit
    const budget = new BodyBudget(byteLimit(config.maxBufferedBytes ?? EXPRESS_DEFAULTS.maxBufferedBytes) ?? Infinity)
    const appOptions: AppOptions = {
      dispatcher,
      logger: this.logger,
      systemToken: config.systemToken,
      bodyLimit,
      budget,
      inFlight: this.inFlight,
      processingInterval: config.processingInterval ?? EXPRESS_DEFAULTS.processingInterval,
      isReady: () => this.closing === undefined,
      metrics: this.metrics,
      serveMetrics: config.metrics === true,
    }
    this.app = createApp(appOptions)
    this.isValidToken = createTokenCheck(config.systemToken)
    this.listener = withFunctionFastPath(this.app, {
      ...appOptions,
      isValidToken: this.isValidToken,
      observe: this.metrics?.observe,
    })
  }

  /** The port listened on (useful with `port: 0`); undefined before `start()`. */
  get port(): number | undefined {
    if (this.pool) return this.pool.port
    const address = this.server?.address()
    return typeof address === 'object' && address !== null ? (address as AddressInfo).port : undefined
  }

  /** The metrics listener's port, with `metrics: { port }`. */
  get metricsPort(): number | undefined {
    const address = this.metricsServer?.address()
    return typeof address === 'object' && address !== null ? address.port : undefined
  }

  get listening(): boolean {
    return this.pool !== undefined || this.server?.listening === true
  }

  async start(): Promise<this> {
    // The CLI is loading the entry that starts this server: it serves the config itself.
    const capture = hostCapture()
    if (capture) {
      capture.hosts.push({ via: 'ExtensionServer.start()', config: this.config })
      return notStarted()
    }
    if (this.server || this.pool) throw new ExtensionError(ProtocolErrors.serverAlreadyDeployed)
    const { config } = this
    if (supervisesWorkers(config.workers)) return this.startWorkers(config.workers)
    const maxSockets = config.maxSockets ?? Infinity
    http.globalAgent.maxSockets = maxSockets
    https.globalAgent.maxSockets = maxSockets

    const listener = this.listener
    const server = http.createServer({ maxHeaderSize: config.maxHeaderSize ?? EXPRESS_DEFAULTS.maxHeaderSize }, (req, res) => {
      if (onRefusedConnection(req)) return
      // A request line without a version (HTTP/0.9), once its head ends: Node would serve it as HTTP/1.1.
      if (req.httpVersionMajor === 0) return refuseAndClose(res, 400, [HttpErrors.noHttpVersion])
      listener(req, res)
    })
    capConnections(server, config.maxConnections ?? EXPRESS_DEFAULTS.maxConnections)
    server.on('clientError', answerClientError)
    server.on('checkExpectation', answerExpectationFailed)
    // Node would send `100 Continue` to every `Expect: 100-continue`: a wrong Bearer token gets its
    // 401 without that invitation to upload the body (its connection is closed unread).
    server.on('checkContinue', (req: http.IncomingMessage, res: http.ServerResponse) => {
      if (onRefusedConnection(req)) return
      const bearer = bearerToken(req.headers.authorization)
      if (bearer === undefined || this.isValidToken(bearer)) res.writeContinue()
      server.emit('request', req, res)
    })
    server.on('connect', answerConnect)
    server.timeout = config.serverTimeout ?? EXPRESS_DEFAULTS.serverTimeout
    server.keepAliveTimeout = config.keepAliveTimeout ?? EXPRESS_DEFAULTS.keepAliveTimeout
    server.headersTimeout = config.headersTimeout ?? EXPRESS_DEFAULTS.headersTimeout
    // Node's default requestTimeout (300 s) would cut integrator.io's 5-minute calls short.
    server.requestTimeout = Math.max(server.timeout, server.headersTimeout)
    this.server = server
    await new Promise<void>((resolve, reject) => {
      const onError = (error: Error): void => {
        this.server = undefined
        reject(error)
      }
      server.once('error', onError)
      server.listen(config.port ?? EXPRESS_DEFAULTS.port, config.host, () => {
        server.off('error', onError)
        resolve()
      })
    })
    if (this.metrics && typeof config.metrics === 'object') {
      this.metricsServer = await startMetricsServer(this.metrics, config.metrics.port, config.metrics.host ?? config.host)
    }
    if (config.catchProcessFaults !== false) this.cleanups.push(installProcessFaultHandlers(this.logger))
    if (config.shutdownOnSignals) this.handleSignals()
    if (config.workers !== undefined && isClusterWorker()) {
      this.cleanups.push(
        onPrimaryClose(() =>
          this.close().then(
            () => process.exit(0),
            () => process.exit(1),
          ),
        ),
      )
    }
    this.logger.info(`integrator-extension listening on port ${this.port}`, { port: this.port })
    return this
  }

  /** The cluster primary: forks the workers, which serve; this process only supervises. */
  private async startWorkers(count: number): Promise<this> {
    this.pool = await startWorkerPool(count, this.logger)
    if (this.config.shutdownOnSignals) this.handleSignals()
    this.logger.info(`integrator-extension: ${count} workers listening on port ${this.port}`, { port: this.port, workers: count })
    return this
  }

  /** Graceful stop; calling it again returns the same promise. */
  close(): Promise<void> {
    this.closing ??= this.shutdown()
    return this.closing
  }

  private async shutdown(): Promise<void> {
    const grace = this.config.shutdownGracePeriod ?? EXPRESS_DEFAULTS.shutdownGracePeriod
    const pool = this.pool
    if (pool) {
      await pool.close(grace)
      this.pool = undefined
      return this.finishClose()
    }
    const server = this.server
    if (!server) return
    const closed = new Promise<void>((resolve) => server.close(() => resolve()))
    // A keep-alive socket turns idle when its call is answered: close it then, not at keepAliveTimeout.
    const closeIdle = (): void => server.closeIdleConnections()
    closeIdle()
    let cutoff = setTimeout(() => {
      // The calls still running get an answer before their sockets are cut.
      for (const res of this.inFlight) refuseAndClose(res, 503, [HostErrors.shuttingDown])
      this.inFlight.clear()
      cutoff = setTimeout(() => server.closeAllConnections(), CUT_AFTER_ANSWER_MS)
      cutoff.unref()
    }, grace)
    cutoff.unref()
    const idleSweep = setInterval(closeIdle, 50)
    idleSweep.unref()
    await closed
    if (this.metricsServer) await new Promise((resolve) => this.metricsServer?.close(resolve))
    clearTimeout(cutoff)
    clearInterval(idleSweep)
    this.server = undefined
    await this.finishClose()
  }

  private async finishClose(): Promise<void> {
    try {
      await this.config.onClose?.()
    } finally {
      for (const cleanup of this.cleanups.splice(0)) cleanup()
      this.logger.info('integrator-extension stopped')
    }
  }

  private handleSignals(): void {
    const onSignal = (signal: NodeJS.Signals): void => {
      if (this.closing !== undefined) {
        // Repeated SIGTERMs (a supervisor's retries) change nothing; a second Ctrl-C is a person who will not wait.
        if (signal !== 'SIGINT') {
          this.logger.info(`${signal}: already closing gracefully`, { signal })
          return
        }
        this.logger.warn('SIGINT again: exiting now, without waiting for calls in flight', { signal })
        return process.exit(130)
      }
      this.logger.info(`${signal}: closing gracefully`, { signal })
      this.close().then(
        () => process.exit(0),
        (error: unknown) => {
          this.logger.error('clean-up failed during shutdown', { error: String(error) })
          process.exit(1)
        },
      )
    }
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.on(signal, onSignal)
      this.cleanups.push(() => process.off(signal, onSignal))
    }
  }
}

// After the grace period: time for the 503s to be written before every socket is cut.
const CUT_AFTER_ANSWER_MS = 250

/** Metrics: whether a call's names lead to a configured function (only those become label values). */
function namesConfiguredFunction(config: ExpressExtensionConfig, fields: CallLogFields): boolean {
  if (fields.function === undefined) return false
  const { diy, connectors } = config
  const module =
    fields.connector === 'diy'
      ? diy
      : fields.connector !== undefined && connectors && Object.hasOwn(connectors, fields.connector)
        ? connectors[fields.connector]
        : undefined
  if (module === undefined || module === null) return false
  return !('code' in findFunction(module, fields.type === '' ? undefined : fields.type, fields.function))
}
