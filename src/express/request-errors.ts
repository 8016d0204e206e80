import type { ServerResponse } from 'node:http'
import type { Logger } from '../core/index.js'
import { HttpErrors, refuseAndClose, sendErrors } from './http-errors.js'

/**
 * The answer to an error raised while reading or routing a request (body-parser's errors carry
 * `status` and `type`). Shared by the Express error handler and the POST /function fast path.
 */
export function answerRequestError(error: unknown, res: ServerResponse, bodyLimit: string | number, logger: Logger): void {
  const { status, statusCode, type, message } = error as { status?: number; statusCode?: number; type?: string; message?: string }
  const code = status ?? statusCode ?? 500
  if (res.headersSent) return
  if (type === 'entity.parse.failed') return sendErrors(res, 400, [HttpErrors.invalidJson(message ?? 'parse error')])
  // The rest of the body is not read: an endless upload ends here.
  if (type === 'entity.too.large') return refuseAndClose(res, 413, [HttpErrors.bodyTooLarge(bodyLimit)])
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
    return sendErrors(res, 415, [HttpErrors.unsupportedEncoding(message ?? 'unsupported encoding')])
  }
  if (code >= 400 && code < 500) return sendErrors(res, code, [{ code: type ?? 'bad_request', message: message ?? 'Bad request.' }])
  logger.error('request failed', { error: String(error) })
  sendErrors(res, 500, [HttpErrors.internal])
}
