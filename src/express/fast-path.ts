import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'
import querystring from 'node:querystring'
import type { Express } from 'express'
import { logRequest, type RequestObserver } from './access-log.js'
import { serveFunctionCall, type FunctionCallSettings } from './function-call.js'
import { answerRequestError } from './request-errors.js'

export interface FastPathOptions extends FunctionCallSettings {
  bodyLimit: string | number
  observe?: RequestObserver
}

// Only the common shape of an integrator.io call takes the fast path; anything else (other
// charsets, compressed or chunked bodies, odd URLs) goes to the Express app, which answers it.
const JSON_TYPE = /^application\/json(?: ?; ?charset=utf-8)?$/i
const DIGITS = /^\d+$/
// parseurl (Express's URL parser) leaves its fast path on these characters: so do we.
const ODD_URL = /[\t\n\f\r #\u00a0\ufeff]/

/**
 * The server's request listener: POST /function is served here, before Express, with the same
 * route code, access log and error answers as the Express route (function-call.ts,
 * request-errors.ts). Express's router and body-parser cost more than the call itself on
 * small pages (docs/performance.md). Everything else is the Express app's.
 */
export function withFunctionFastPath(app: Express, options: FastPathOptions): RequestListener {
  const limit = byteLimit(options.bodyLimit)
  if (limit === undefined) return app
  return (req, res) => {
    const query = plainFunctionCallQuery(req, limit)
    if (query === undefined) return app(req, res)
    serveFast(options, req, res, query)
  }
}

/** The query string of a POST /function whose body we can read exactly as body-parser would, else undefined. */
function plainFunctionCallQuery(req: IncomingMessage, limit: number): string | undefined {
  if (req.method !== 'POST') return undefined
  const url = req.url ?? ''
  let query: string
  if (url === '/function') query = ''
  else if (url.startsWith('/function?') && !ODD_URL.test(url)) query = url.slice('/function?'.length)
  else return undefined
  const { headers } = req
  const type = headers['content-type']
  const length = headers['content-length']
  const encoding = headers['content-encoding']
  if (type === undefined || !JSON_TYPE.test(type)) return undefined
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return undefined
  if (headers['transfer-encoding'] !== undefined || length === undefined || !DIGITS.test(length) || Number(length) > limit) return undefined
  return query
}

function serveFast(options: FastPathOptions, req: IncomingMessage, res: ServerResponse, query: string): void {
  const { logger, bodyLimit } = options
  const fields = logRequest(logger, options.observe, req, res, '/function')
  const fail = (error: unknown): void => answerRequestError(error, res, fields, bodyLimit, logger)
  const chunks: Buffer[] = []
  let received = 0
  let done = false
  req.on('data', (chunk: Buffer) => {
    chunks.push(chunk)
    received += chunk.length
  })
  req.once('aborted', () => {
    if (done) return
    done = true
    fail(requestError('request aborted', 'request.aborted'))
  })
  req.once('error', (error) => {
    if (done) return
    done = true
    fail(Object.assign(error, { status: 400 }))
  })
  req.once('end', () => {
    if (done) return
    done = true
    const text = chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks, received).toString('utf8')
    chunks.length = 0 // the 'data' listener keeps the array for the whole call: let the bytes go now
    let body: unknown
    try {
      body = parseJson(text)
    } catch (error) {
      return fail(requestError((error as Error).message, 'entity.parse.failed'))
    }
    try {
      serveFunctionCall(options, req, res, body, query === '' ? {} : querystring.parse(query), fields)
    } catch (error) {
      fail(error)
    }
  })
}

/** body-parser's JSON parse (strict: false): an empty body is `{}`, a leading BOM is dropped (iconv-lite's decoder). */
function parseJson(text: string): unknown {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  return text.length === 0 ? {} : JSON.parse(text)
}

function requestError(message: string, type: string): Error {
  return Object.assign(new Error(message), { status: 400, type })
}

const UNITS: Record<string, number> = { b: 1, kb: 1 << 10, mb: 1 << 20, gb: 1 << 30, tb: 1024 ** 4, pb: 1024 ** 5 }

/** `bodyLimit` in bytes, as the `bytes` package (body-parser's) reads it; undefined for a form we do not read alike. */
export function byteLimit(limit: string | number): number | undefined {
  if (typeof limit === 'number') return Number.isFinite(limit) ? limit : undefined
  const match = /^(\d+(?:\.\d+)?) *(b|kb|mb|gb|tb|pb)?$/i.exec(limit)
  if (!match) return undefined
  return Math.floor(Number(match[1]) * UNITS[(match[2] ?? 'b').toLowerCase()])
}
