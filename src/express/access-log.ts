import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Request, Response, NextFunction } from 'express'
import { randomUUID } from 'node:crypto'
import type { CallLogFields, Logger } from '../core/index.js'
import { answeredErrorCode } from './http-errors.js'
import { clip, clipOptional } from '../logging/clip.js'

/** Per-request facts the route fills in and the access log writes out. */
export interface RequestLogFields extends CallLogFields {
  requestId: string
  /** The code of the first error answered (http-errors.ts records it), set when the response closes. */
  errorCode?: string
}

export function logFields(res: Response): RequestLogFields {
  return res.locals.logFields as RequestLogFields
}

/**
 * One line per finished request (protocol.md §3): method, url, status, time, request and trace
 * ids; a failed request (4xx, 5xx) at warn, with the code it answered.
 */
export type RequestObserver = (fields: RequestLogFields, status: number, seconds: number) => void

/**
 * Starts the access log of one request (Express middleware or the POST /function fast path):
 * returns the fields the handlers fill in; the line is written when the response closes.
 * `path` is the URL without its query: the query may carry access_token.
 */
export function logRequest(logger: Logger, observe: RequestObserver | undefined, req: IncomingMessage, res: ServerResponse, path: string): RequestLogFields {
  const started = process.hrtime.bigint()
  const traceId = req.headers.traceid
  const fields: RequestLogFields = { requestId: randomUUID(), traceId: typeof traceId === 'string' ? traceId : undefined }
  res.once('close', () => {
    const durationMs = Number(process.hrtime.bigint() - started) / 1e6
    const status = res.statusCode
    if (status >= 400) fields.errorCode = answeredErrorCode(res) ?? String(status)
    // Values a client chose, before or without its token, are clipped here (clip.ts): one place for every access line.
    const url = clip(path)
    const line = {
      method: req.method,
      url,
      status,
      durationMs: Math.round(durationMs * 100) / 100,
      ...fields,
      traceId: clipOptional(fields.traceId),
      connector: clipOptional(fields.connector),
      type: clipOptional(fields.type),
      function: clipOptional(fields.function),
    }
    if (!res.writableFinished) logger.warn('request aborted before the answer was sent', line)
    else if (status >= 400) logger.warn(`${req.method} ${url} ${status} ${line.durationMs}ms`, line)
    else logger.info(`${req.method} ${url} ${status} ${line.durationMs}ms`, line)
    if (observe && path === '/function') observe(fields, res.statusCode, durationMs / 1000)
  })
  return fields
}

export function accessLog(logger: Logger, observeFunctionCall?: RequestObserver) {
  return function accessLogMiddleware(req: Request, res: Response, next: NextFunction): void {
    res.locals.logFields = logRequest(logger, observeFunctionCall, req, res, req.path)
    next()
  }
}
