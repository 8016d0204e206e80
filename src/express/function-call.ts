import type { IncomingMessage, ServerResponse } from 'node:http'
import { ProtocolErrors, callLogFields, type Dispatcher, type Logger } from '../core/index.js'
import type { RequestLogFields } from './access-log.js'
import { HttpErrors, sendErrors, sendJson } from './http-errors.js'
import { findSystemToken } from './system-token.js'

export interface FunctionCallSettings {
  dispatcher: Dispatcher
  logger: Logger
  isValidToken: (candidate: string | undefined) => boolean
  processingInterval: number
}

/**
 * POST /function once its body is parsed (protocol.md §3): the Express route and the fast path
 * both end here, so they answer alike. `body` is undefined when no JSON body was parsed.
 */
export function serveFunctionCall(
  settings: FunctionCallSettings,
  req: IncomingMessage,
  res: ServerResponse,
  body: unknown,
  query: unknown,
  fields: RequestLogFields,
): void {
  const { dispatcher, logger, processingInterval } = settings
  if (body === undefined && req.headers['content-type'] !== undefined) return sendErrors(res, 415, [HttpErrors.unsupportedMediaType])
  const payload = body === undefined ? {} : body
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return sendErrors(res, 400, [HttpErrors.bodyNotObject])

  if (!settings.isValidToken(findSystemToken(req.headers.authorization, payload, query))) {
    res.setHeader('WWW-Authenticate', 'invalid system token')
    return sendErrors(res, 401, [ProtocolErrors.unauthorized])
  }

  const { options: functionOptions, access_token: _token, ...rest } = payload as Record<string, unknown>
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
}
