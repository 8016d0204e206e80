import express, { type Express, type NextFunction, type Request, type Response } from 'express'
import type { Dispatcher, Logger } from '../core/index.js'
import { ProtocolErrors } from '../core/index.js'
import { accessLog, logFields } from './access-log.js'
import { sendMetrics } from '../metrics/metrics-endpoint.js'
import type { CallMetrics } from '../metrics/call-metrics.js'
import { serveFunctionCall } from './function-call.js'
import { HttpErrors, sendErrors, sendJson } from './http-errors.js'
import { answerRequestError } from './request-errors.js'
import { createTokenCheck, findSystemToken } from './system-token.js'
import { originalQuery } from './query-token.js'
import { refuseEarly } from './refuse-early.js'
import type { BodyBudget } from './body-budget.js'

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
  /** Bytes of request bodies held at once across requests (body-budget.ts). */
  budget: BodyBudget
  /** The calls being run (extension-server.ts answers them at the end of the grace period). */
  inFlight?: Set<import('node:http').ServerResponse>
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
      if (!isValidToken(findSystemToken(req.headers.authorization, undefined, originalQuery(req, req.query)))) {
        res.setHeader('WWW-Authenticate', 'invalid system token')
        return sendErrors(res, 401, [ProtocolErrors.unauthorized])
      }
      void sendMetrics(metrics, res)
    })
  }

  const settings = { dispatcher, logger, isValidToken, processingInterval, inFlight: options.inFlight }
  app.post(
    '/function',
    refuseEarly(isValidToken, options.budget, bodyLimit),
    express.json({ limit: bodyLimit, strict: false }),
    (req: Request, res: Response) => serveFunctionCall(settings, req, res, req.body as unknown, originalQuery(req, req.query), logFields(res)),
  )

  app.use((req: Request, res: Response) => sendErrors(res, 404, [HttpErrors.notFound(req.method, req.path)]))
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => answerRequestError(error, res, bodyLimit, logger))
  return app
}
