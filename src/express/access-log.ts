import type { Request, Response, NextFunction } from 'express'
import { randomUUID } from 'node:crypto'
import type { Logger } from '../core/index.js'

/** Per-request facts the route fills in and the access log writes out. */
export interface RequestLogFields {
  requestId: string
  traceId: string | undefined
  connector?: string
  type?: string
  function?: string
  _integrationId?: string
  _flowId?: string
  errorCode?: string
}

export function logFields(res: Response): RequestLogFields {
  return res.locals.logFields as RequestLogFields
}

/** One line per finished request (protocol.md §3): method, url, status, time, request and trace ids. */
export function accessLog(logger: Logger) {
  return function accessLogMiddleware(req: Request, res: Response, next: NextFunction): void {
    const started = process.hrtime.bigint()
    const traceId = req.headers.traceid
    const fields: RequestLogFields = { requestId: randomUUID(), traceId: typeof traceId === 'string' ? traceId : undefined }
    res.locals.logFields = fields
    res.once('close', () => {
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6
      // The URL's query may carry access_token: log the path only.
      const line = { method: req.method, url: req.path, status: res.statusCode, durationMs: Math.round(durationMs * 100) / 100, ...fields }
      if (!res.writableFinished) logger.warn('request aborted before the answer was sent', line)
      else logger.info(`${req.method} ${req.path} ${res.statusCode} ${line.durationMs}ms`, line)
    })
    next()
  }
}
