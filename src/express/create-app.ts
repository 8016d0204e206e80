import express, { type Express, type NextFunction, type Request, type Response } from 'express'
import type { Dispatcher, Logger } from '../core/index.js'
import { ProtocolErrors, callLogFields } from '../core/index.js'
import { accessLog, logFields } from './access-log.js'
import { sendMetrics } from './metrics-endpoint.js'
import type { CallMetrics } from './call-metrics.js'
import { HttpErrors, sendErrors, sendJson } from './http-errors.js'
import { createTokenCheck, findSystemToken } from './system-token.js'

export interface AppOptions {
  dispatcher: Dispatcher
  logger: Logger
  systemToken: string | readonly string[]
  bodyLimit: string | number
  processingInterval: number
  /** False once the host is shutting down: /readyz answers 503. */
  isReady: () => boolean
  /** Set when metrics are on; `serveMetrics` adds GET /metrics behind the token. */
  metrics?: CallMetrics
  serveMetrics?: boolean
}

const SUCCESS = JSON.stringify({ success: true })

/** The Express app of protocol.md §3. Route handlers are thin: all decisions are the dispatcher's. */
export function createApp(options: AppOptions): Express {
  const { dispatcher, logger, bodyLimit, processingInterval, isReady } = options
  const isValidToken = createTokenCheck(options.systemToken)
  const app = express()
  app.disable('x-powered-by')
  app.disable('etag') // hashing a 4 MB page per response buys integrator.io nothing

  app.use(accessLog(logger, options.metrics?.observe))

  const health = (_req: Request, res: Response): void => sendJson(res, 200, SUCCESS)
  app.get('/', health)
  app.get('/healthCheck', health)
  app.get('/livez', health)
  app.get('/readyz', (_req, res) => {
    if (isReady()) sendJson(res, 200, SUCCESS)
    else sendErrors(res, 503, [{ code: 'shutting_down', message: 'The extension host is shutting down.' }])
  })

  const { metrics } = options
  if (metrics && options.serveMetrics) {
    app.get('/metrics', (req, res) => {
      if (!isValidToken(findSystemToken(req.headers.authorization, undefined, req.query))) {
        res.setHeader('WWW-Authenticate', 'invalid system token')
        return sendErrors(res, 401, [ProtocolErrors.unauthorized])
      }
      void sendMetrics(metrics, res)
    })
  }

  app.post('/function', express.json({ limit: bodyLimit, strict: false }), (req: Request, res: Response) => {
    const body: unknown = req.body
    if (body === undefined && req.headers['content-type'] !== undefined) return sendErrors(res, 415, [HttpErrors.unsupportedMediaType])
    const payload = body === undefined ? {} : body
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return sendErrors(res, 400, [HttpErrors.bodyNotObject])

    if (!isValidToken(findSystemToken(req.headers.authorization, payload, req.query))) {
      res.setHeader('WWW-Authenticate', 'invalid system token')
      return sendErrors(res, 401, [ProtocolErrors.unauthorized])
    }

    const { options: functionOptions, access_token: _token, ...rest } = payload as Record<string, unknown>
    const fields = logFields(res)
    const extensionOptions = { ...rest, _reqId: fields.requestId, traceId: fields.traceId }
    Object.assign(fields, callLogFields(extensionOptions, functionOptions))

    const heartbeat = processingInterval > 0 ? setInterval(() => res.writeProcessing(), processingInterval) : undefined
    dispatcher
      .dispatch({ extensionOptions, functionOptions, requestId: fields.requestId })
      .then((outcome) => {
        if (outcome.ok) return sendJson(res, 200, outcome.body)
        fields.errorCode = outcome.errors[0]?.code
        sendErrors(res, outcome.statusCode, outcome.errors)
      })
      .catch((error: unknown) => {
        logger.error('dispatch failed', { requestId: fields.requestId, error: String(error) })
        if (!res.headersSent) sendErrors(res, 500, [HttpErrors.internal])
      })
      .finally(() => clearInterval(heartbeat))
  })

  app.use((req: Request, res: Response) => sendErrors(res, 404, [HttpErrors.notFound(req.method, req.path)]))
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const { status, statusCode, type, message } = error as { status?: number; statusCode?: number; type?: string; message?: string }
    const code = status ?? statusCode ?? 500
    logFields(res).errorCode = type ?? 'internal_error'
    if (res.headersSent) return
    if (type === 'entity.parse.failed') return sendErrors(res, 400, [HttpErrors.invalidJson(message ?? 'parse error')])
    if (type === 'entity.too.large') return sendErrors(res, 413, [HttpErrors.bodyTooLarge(bodyLimit)])
    if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
      return sendErrors(res, 415, [HttpErrors.unsupportedEncoding(message ?? 'unsupported encoding')])
    }
    if (code >= 400 && code < 500) return sendErrors(res, code, [{ code: type ?? 'bad_request', message: message ?? 'Bad request.' }])
    logger.error('request failed', { error: String(error) })
    sendErrors(res, 500, [HttpErrors.internal])
  })
  return app
}
