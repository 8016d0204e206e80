import type { Request, Response, NextFunction } from 'express'
import { randomUUID } from 'node:crypto'
import type { CallLogFields, Logger } from '../core/index.js'

/** Per-request facts the route fills in and the access log writes out. */
export interface RequestLogFields extends CallLogFields {
  requestId: string
  errorCode?: string
}

export function logFields(res: Response): RequestLogFields {
  return res.locals.logFields as RequestLogFields
}

/** One line per finished request (protocol.md §3): method, url, status, time, request and trace ids. */
export type RequestObserver = (fields: RequestLogFields, status: number, seconds: number) => void

export function accessLog(logger: Logger, observeFunctionCall?: RequestObserver) {
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
      if (observeFunctionCall && req.path === '/function') observeFunctionCall(fields, res.statusCode, durationMs / 1000)
    })
    next()
  }
}
