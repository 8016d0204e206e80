import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'
import querystring from 'node:querystring'
import type { Readable, Transform } from 'node:stream'
import zlib from 'node:zlib'
import type { Express } from 'express'
import { ProtocolErrors } from '../core/index.js'
import { logRequest, type RequestObserver } from './access-log.js'
import type { BodyBudget } from './body-budget.js'
import { BodyTokenScan } from './body-token-scan.js'
import { serveFunctionCall, type FunctionCallSettings } from './function-call.js'
import { BUSY_RETRY_AFTER_SECONDS, HttpErrors, refuseAndClose } from './http-errors.js'
import { withoutQueryToken } from './query-token.js'
import { answerRequestError } from './request-errors.js'
import { bearerToken, ownString } from './system-token.js'

export interface FastPathOptions extends FunctionCallSettings {
  bodyLimit: string | number
  observe?: RequestObserver
  /** Bytes of request bodies held at once across requests (body-budget.ts). */
  budget: BodyBudget
}

// Only the common shape of an integrator.io call takes the fast path; anything else (other
// charsets, odd URLs) goes to the Express app, which answers it. Compressed and chunked
// bodies are read here, so that their limit is enforced as they arrive (body-parser reads
// an over-limit body to its end before answering) and a body without a token is not parsed.
const DECOMPRESSORS = new Map<string, (() => Transform) | undefined>([
  ['identity', undefined],
  ['gzip', () => zlib.createGunzip()],
  ['deflate', () => zlib.createInflate()],
  ['br', () => zlib.createBrotliDecompress()],
])
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
  const offFastPath = withoutQueryToken(app)
  if (limit === undefined) return offFastPath
  return (req, res) => {
    const query = plainFunctionCallQuery(req)
    if (query === undefined) return offFastPath(req, res)
    serveFast(options, limit, req, res, query)
  }
}

/** The query string of a POST /function whose body we can read exactly as body-parser would, else undefined. */
function plainFunctionCallQuery(req: IncomingMessage): string | undefined {
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
  if (encoding !== undefined && !DECOMPRESSORS.has(encoding.toLowerCase())) return undefined
  const transfer = headers['transfer-encoding']
  // Node has checked the framing: a length, or chunks (which Node decodes), never both.
  if (length !== undefined ? !DIGITS.test(length) : transfer === undefined || transfer.toLowerCase() !== 'chunked') return undefined
  return query
}

function serveFast(options: FastPathOptions, limit: number, req: IncomingMessage, res: ServerResponse, query: string): void {
  const { logger, bodyLimit, budget } = options
  const fields = logRequest(logger, options.observe, req, res, '/function')
  const fromHeader = bearerToken(req.headers.authorization)
  // The header wins (protocol.md §3): a wrong one is refused before a byte of the body is read.
  if (fromHeader !== undefined && !options.isValidToken(fromHeader)) return refuseUnauthorized(res)
  const decompressor = DECOMPRESSORS.get((req.headers['content-encoding'] ?? 'identity').toLowerCase())
  // The length of what is held, when known in advance: an uncompressed body's Content-Length.
  const declared = req.headers['content-length'] === undefined || decompressor ? undefined : Number(req.headers['content-length'])
  if (declared !== undefined && declared > limit) return refuseTooLarge(res, bodyLimit)
  if (declared !== undefined && !budget.take(declared)) return refuseBusy(res, budget)
  let reserved = declared ?? 0
  const scan = fromHeader === undefined ? new BodyTokenScan() : undefined
  const chunks: Buffer[] = []
  let received = 0
  let done = false
  const source: Readable = decompressor ? req.pipe(decompressor()) : req
  const finish = (): void => {
    done = true
    chunks.length = 0
    budget.give(reserved)
    reserved = 0
    if (source !== req) {
      req.unpipe(source as Transform)
      source.on('error', () => {})
      source.destroy()
    }
  }
  const fail = (error: unknown): void => {
    finish()
    answerRequestError(error, res, bodyLimit, logger)
  }
  source.on('data', (chunk: Buffer) => {
    if (done) return
    received += chunk.length
    if (declared === undefined) {
      // Chunked or compressed: the length shows as it comes; refuse as soon as it passes the limit or the budget.
      if (received > limit) return void (finish(), refuseTooLarge(res, bodyLimit))
      if (!budget.take(chunk.length)) return void (finish(), refuseBusy(res, budget))
      reserved += chunk.length
    }
    chunks.push(chunk)
    scan?.write(chunk)
  })
  req.once('aborted', () => {
    if (done) return
    fail(requestError('request aborted', 'request.aborted'))
  })
  req.once('error', (error) => {
    if (done) return
    fail(Object.assign(error, { status: 400 }))
  })
  if (source !== req) {
    source.once('error', (error) => {
      if (done) return
      finish()
      refuseAndClose(res, 400, [{ code: 'bad_request', message: `The request body cannot be decompressed: ${error.message}` }])
    })
  }
  res.once('close', () => {
    if (!done) finish()
  })
  source.once('end', () => {
    if (done) return
    let text: string
    try {
      // Without a Bearer header the token is the body's, else the query's: a body without a valid one is never parsed.
      if (scan && !options.isValidToken(scan.token ?? queryToken(query))) return void (finish(), refuseUnauthorized(res))
      text = chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks, received).toString('utf8')
    } finally {
      if (!done) finish() // the 'data' listener keeps the array for the whole call: let the bytes go now
    }
    let body: unknown
    try {
      body = parseJson(text)
    } catch (error) {
      return answerRequestError(requestError((error as Error).message, 'entity.parse.failed'), res, bodyLimit, logger)
    }
    try {
      serveFunctionCall(options, req, res, body, query === '' ? {} : querystring.parse(query), fields, fromHeader !== undefined)
    } catch (error) {
      answerRequestError(error, res, bodyLimit, logger)
    }
  })
}

function queryToken(query: string): string | undefined {
  return query === '' ? undefined : ownString(querystring.parse(query), 'access_token')
}

function refuseUnauthorized(res: ServerResponse): void {
  refuseAndClose(res, 401, [ProtocolErrors.unauthorized], ['WWW-Authenticate', 'invalid system token'])
}

function refuseTooLarge(res: ServerResponse, bodyLimit: string | number): void {
  refuseAndClose(res, 413, [HttpErrors.bodyTooLarge(bodyLimit)])
}

function refuseBusy(res: ServerResponse, budget: BodyBudget): void {
  refuseAndClose(res, 503, [HttpErrors.busy(budget.limit)], ['Retry-After', String(BUSY_RETRY_AFTER_SECONDS)])
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
