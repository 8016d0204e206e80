import http, { type RequestListener } from 'node:http'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import type { Express } from 'express'
import { Dispatcher, ExtensionError, ProtocolErrors, defaultLogFormat, installProcessFaultHandlers, validateConfig, type Logger } from '../core/index.js'
import { createCallMetrics, type CallMetrics } from '../metrics/call-metrics.js'
import { createApp, type AppOptions } from './create-app.js'
import { withFunctionFastPath } from './fast-path.js'
import { startMetricsServer } from '../metrics/metrics-endpoint.js'
import { defaultLogger } from '../logging/default-logger.js'
import { EXPRESS_DEFAULTS, type ExpressExtensionConfig } from './express-config.js'
import { createTokenCheck } from './system-token.js'
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
  return undefined
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
  private readonly config: ExpressExtensionConfig
  private server: http.Server | undefined
  private closing: Promise<void> | undefined
  private readonly cleanups: Array<() => void> = []
  private readonly metrics: CallMetrics | undefined
  private metricsServer: http.Server | undefined
  /** With `workers`, in the cluster primary: the workers it supervises (worker-pool.ts). */
  private pool: WorkerPool | undefined

  /** Throws the protocol's ExtensionError for a bad config. */
  constructor(config: ExpressExtensionConfig) {
    const error = validateExpressConfig(config)
    if (error) throw error
    this.config = config
    this.logger = config.winstonInstance ?? config.logger ?? defaultLogger(config.logFormat ?? defaultLogFormat())
    const dispatcher = new Dispatcher({ ...config, logger: this.logger })
    this.metrics = config.metrics ? createCallMetrics() : undefined
    const appOptions: AppOptions = {
      dispatcher,
      logger: this.logger,
      systemToken: config.systemToken,
      bodyLimit: config.bodyLimit ?? EXPRESS_DEFAULTS.bodyLimit,
      processingInterval: config.processingInterval ?? EXPRESS_DEFAULTS.processingInterval,
      isReady: () => this.closing === undefined,
      metrics: this.metrics,
      serveMetrics: config.metrics === true,
    }
    this.app = createApp(appOptions)
    this.listener = withFunctionFastPath(this.app, { ...appOptions, isValidToken: createTokenCheck(config.systemToken), observe: this.metrics?.observe })
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
    if (this.server || this.pool) throw new ExtensionError(ProtocolErrors.serverAlreadyDeployed)
    const { config } = this
    if (supervisesWorkers(config.workers)) return this.startWorkers(config.workers)
    const maxSockets = config.maxSockets ?? Infinity
    http.globalAgent.maxSockets = maxSockets
    https.globalAgent.maxSockets = maxSockets

    const server = http.createServer(this.listener)
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
      this.cleanups.push(onPrimaryClose(() => this.close().then(() => process.exit(0), () => process.exit(1))))
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
    const cutoff = setTimeout(() => server.closeAllConnections(), grace)
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
      process.once(signal, onSignal)
      this.cleanups.push(() => process.off(signal, onSignal))
    }
  }
}
