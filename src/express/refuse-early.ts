import type { NextFunction, Request, Response } from 'express'
import { ProtocolErrors } from '../core/index.js'
import type { BodyBudget } from './body-budget.js'
import { BUSY_RETRY_AFTER_SECONDS, HttpErrors, refuseAndClose } from './http-errors.js'
import { bearerToken } from './system-token.js'
import { byteLimit } from './fast-path.js'

/**
 * POST /function on the Express route (bodies the fast path leaves: compressed, other charsets,
 * odd URLs), before body-parser reads anything: a wrong Bearer token gets its 401, and a body
 * the byte budget cannot hold its 503, without the body being read. An unknown length
 * (compressed or chunked) reserves the whole body limit.
 */
export function refuseEarly(isValidToken: (token: string | undefined) => boolean, budget: BodyBudget, bodyLimit: string | number) {
  const limit = byteLimit(bodyLimit) ?? Infinity
  return function refuseEarlyMiddleware(req: Request, res: Response, next: NextFunction): void {
    const fromHeader = bearerToken(req.headers.authorization)
    if (fromHeader !== undefined && !isValidToken(fromHeader)) {
      return refuseAndClose(res, 401, [ProtocolErrors.unauthorized], ['WWW-Authenticate', 'invalid system token'])
    }
    const length = req.headers['content-length']
    const hasBody = length !== undefined || req.headers['transfer-encoding'] !== undefined
    if (!hasBody) return next()
    const plain = length !== undefined && (req.headers['content-encoding'] ?? 'identity').toLowerCase() === 'identity'
    // body-parser reads an over-limit body to its end before it answers: refuse it here, unread.
    if (plain && Number(length) > limit) return refuseTooLarge(res, bodyLimit)
    const reserve = Math.min(plain ? Number(length) : limit, limit)
    if (!budget.take(reserve)) {
      return refuseAndClose(res, 503, [HttpErrors.busy(budget.limit)], ['Retry-After', String(BUSY_RETRY_AFTER_SECONDS)])
    }
    res.once('close', () => budget.give(reserve))
    if (!plain) {
      // A chunked body is cut as soon as its bytes pass the limit (raw-body counts the same bytes, for an uncompressed one).
      let received = 0
      req.on('data', (chunk: Buffer) => {
        received += chunk.length
        if (received > limit && !res.headersSent) refuseTooLarge(res, bodyLimit)
      })
    }
    next()
  }
}

function refuseTooLarge(res: Response, bodyLimit: string | number): void {
  refuseAndClose(res, 413, [HttpErrors.bodyTooLarge(bodyLimit)])
}
