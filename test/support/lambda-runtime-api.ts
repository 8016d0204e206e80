import http from 'node:http'
import type { AddressInfo } from 'node:net'

/** One invocation as the Lambda service would hand it to the runtime. */
export interface Invocation {
  /** The payload: integrator.io's function options. Sent as JSON. */
  event: unknown
  /** integrator.io's extension options; sent as the Lambda-Runtime-Client-Context header (JSON). */
  clientContext?: unknown
  /** Absolute deadline (epoch ms); default: a minute from now. */
  deadlineMs?: number
}

export type InvocationOutcome =
  | { kind: 'response'; requestId: string; body: string; json: unknown }
  | { kind: 'error'; requestId: string; body: string; json: LambdaErrorPayload }

/** What the runtime posts for a failed invocation or init: integrator.io reads `errorMessage`. */
export interface LambdaErrorPayload {
  errorType: string
  errorMessage: string
  trace?: string[]
}

const PREFIX = '/2018-06-01/runtime'
const FUNCTION_ARN = 'arn:aws:lambda:us-east-1:123456789012:function:integrator-extension-test'

/**
 * A local stand-in for the Lambda Runtime API (version 2018-06-01) on 127.0.0.1: hands queued
 * invocations to `GET /invocation/next` (long poll, as the service does), and records what the
 * runtime posts back. Anything the real API would refuse — a second answer for one request id,
 * an unknown id or path — is answered 400 and kept in `violations`.
 */
export class LocalRuntimeApi {
  readonly initErrors: LambdaErrorPayload[] = []
  readonly violations: string[] = []
  private readonly server = http.createServer((req, res) => this.route(req, res))
  private readonly queue: Array<{ requestId: string; invocation: Invocation }> = []
  private readonly polls: http.ServerResponse[] = []
  private readonly pending = new Map<string, (outcome: InvocationOutcome) => void>()
  private readonly answered = new Set<string>()
  private initErrorWaiters: Array<(error: LambdaErrorPayload) => void> = []
  private counter = 0

  /** `host:port`, the value of AWS_LAMBDA_RUNTIME_API. */
  get address(): string {
    return `127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject)
      this.server.listen(0, '127.0.0.1', () => resolve())
    })
  }

  /** Queues an invocation; resolves with what the runtime posted for it. */
  invoke(invocation: Invocation): Promise<InvocationOutcome> {
    const requestId = `req-${++this.counter}-${process.pid}`
    const outcome = new Promise<InvocationOutcome>((resolve) => this.pending.set(requestId, resolve))
    this.queue.push({ requestId, invocation })
    this.dispatch()
    return outcome
  }

  /** Resolves with the next (or an already posted) init error. */
  nextInitError(): Promise<LambdaErrorPayload> {
    const posted = this.initErrors[0]
    if (posted) return Promise.resolve(posted)
    return new Promise((resolve) => this.initErrorWaiters.push(resolve))
  }

  async close(): Promise<void> {
    for (const poll of this.polls.splice(0)) poll.destroy()
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  private route(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      const url = req.url ?? ''
      const answer = /^\/2018-06-01\/runtime\/invocation\/([^/]+)\/(response|error)$/.exec(url)
      if (req.method === 'GET' && url === `${PREFIX}/invocation/next`) {
        this.polls.push(res)
        // A runtime that died while polling must not be handed the next invocation.
        res.once('close', () => this.polls.includes(res) && this.polls.splice(this.polls.indexOf(res), 1))
        this.dispatch()
      } else if (req.method === 'POST' && answer) {
        this.answer(decodeURIComponent(answer[1] as string), answer[2] as 'response' | 'error', body, res)
      } else if (req.method === 'POST' && url === `${PREFIX}/init/error`) {
        const error = JSON.parse(body) as LambdaErrorPayload
        this.initErrors.push(error)
        for (const waiter of this.initErrorWaiters.splice(0)) waiter(error)
        accepted(res)
      } else {
        this.refuse(res, `${req.method} ${url}: not a Runtime API route`)
      }
    })
  }

  private answer(requestId: string, kind: 'response' | 'error', body: string, res: http.ServerResponse): void {
    const resolve = this.pending.get(requestId)
    if (!resolve) {
      this.refuse(res, this.answered.has(requestId) ? `${requestId}: answered twice (${kind})` : `${requestId}: unknown request id`)
      return
    }
    this.pending.delete(requestId)
    this.answered.add(requestId)
    accepted(res)
    resolve(
      kind === 'response'
        ? { kind, requestId, body, json: body === '' ? undefined : (JSON.parse(body) as unknown) }
        : { kind, requestId, body, json: JSON.parse(body) as LambdaErrorPayload },
    )
  }

  /** Hands queued invocations to waiting polls, oldest first. */
  private dispatch(): void {
    while (this.queue.length > 0 && this.polls.length > 0) {
      const { requestId, invocation } = this.queue.shift() as (typeof this.queue)[number]
      const res = this.polls.shift() as http.ServerResponse
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        'lambda-runtime-aws-request-id': requestId,
        'lambda-runtime-deadline-ms': String(invocation.deadlineMs ?? Date.now() + 60_000),
        'lambda-runtime-invoked-function-arn': FUNCTION_ARN,
        'lambda-runtime-trace-id': `Root=1-00000000-000000000000000000000000;Parent=0000000000000000;Sampled=0`,
      }
      if (invocation.clientContext !== undefined) headers['lambda-runtime-client-context'] = JSON.stringify(invocation.clientContext)
      res.writeHead(200, headers).end(JSON.stringify(invocation.event))
    }
  }

  private refuse(res: http.ServerResponse, violation: string): void {
    this.violations.push(violation)
    res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ errorType: 'InvalidRequest', errorMessage: violation }))
  }
}

function accepted(res: http.ServerResponse): void {
  res.writeHead(202, { 'content-type': 'application/json' }).end('{"status":"OK"}')
}
