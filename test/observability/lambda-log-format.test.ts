import { expect } from 'chai'
import path from 'node:path'
import type { Context } from 'aws-lambda'
import { lambda, type Logger } from 'integrator-extension'

const ROOT = path.resolve(__dirname, '../../..')
const { createLambdaLogger, createStdoutLogger } = require(path.join(ROOT, 'dist/logging/index.js')) as {
  createLambdaLogger(env: NodeJS.ProcessEnv): Logger
  createStdoutLogger(options: { env?: NodeJS.ProcessEnv; sink?: { write(text: string): unknown; isTTY?: boolean } }): Logger
}

type Method = 'log' | 'info' | 'warn' | 'error'

/** Runs `fn` with console's methods recording their arguments (as the Lambda runtime's would receive them). */
async function captureConsole(fn: () => unknown): Promise<Array<{ method: Method; args: unknown[] }>> {
  const seen: Array<{ method: Method; args: unknown[] }> = []
  const saved = { log: console.log, info: console.info, warn: console.warn, error: console.error }
  for (const method of Object.keys(saved) as Method[]) console[method] = (...args: unknown[]) => void seen.push({ method, args })
  try {
    await fn()
  } finally {
    Object.assign(console, saved)
  }
  return seen
}

/** With process.env changed for the handler's creation (the host reads it then). */
function withEnv<T>(env: Record<string, string | undefined>, fn: () => T): T {
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]))
  const apply = (values: Record<string, string | undefined>) => {
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  }
  apply(env)
  try {
    return fn()
  } finally {
    apply(saved)
  }
}

const ON_LAMBDA = { AWS_LAMBDA_FUNCTION_NAME: 'f', AWS_LAMBDA_RUNTIME_API: '127.0.0.1:9001', AWS_LAMBDA_LOG_LEVEL: undefined, LOG_LEVEL: undefined }
const diy = { hooks: { ok: () => 1, bad: () => Promise.reject(Object.assign(new Error('no'), { code: 'bad_thing' })) } }
const context = (fn: string) => ({ awsRequestId: `req-${fn}`, clientContext: { diy: true, type: 'hook', function: fn } }) as unknown as Context

describe('the Lambda host writes as the Lambda runtime expects', () => {
  it('Text (the default): one JSON line per invocation, with a timestamp, through console; a failed one at warn with the code it answered', async () => {
    const handler = withEnv({ ...ON_LAMBDA, AWS_LAMBDA_LOG_FORMAT: undefined }, () => lambda.createHandler({ diy }))
    const seen = await captureConsole(async () => {
      await handler({}, context('ok'))
      await handler({}, context('bad')).catch(() => undefined)
    })
    expect(seen.map((each) => each.method)).to.deep.equal(['log', 'warn'])
    const [ok, bad] = seen.map((each) => {
      expect(each.args).to.have.length(1)
      expect(each.args[0]).to.be.a('string')
      return JSON.parse(each.args[0] as string) as Record<string, unknown>
    })
    expect(ok).to.include({ level: 'info', awsRequestId: 'req-ok', function: 'ok', status: 200 })
    expect(bad).to.include({ level: 'warn', awsRequestId: 'req-bad', function: 'bad', status: 422, errorCode: 'bad_thing' })
    expect(new Date(ok?.timestamp as string).toISOString()).to.equal(ok?.timestamp)
  })

  it('AWS_LAMBDA_LOG_FORMAT=JSON under the runtime: the runtime is handed objects, encoded once (no JSON inside a string)', async () => {
    const handler = withEnv({ ...ON_LAMBDA, AWS_LAMBDA_LOG_FORMAT: 'JSON' }, () => lambda.createHandler({ diy }))
    const seen = await captureConsole(async () => {
      await handler({ _flowId: 'f1' }, context('ok'))
      await handler({}, context('bad')).catch(() => undefined)
    })
    expect(seen.map((each) => each.method)).to.deep.equal(['log', 'warn'])
    const [ok, bad] = seen.map((each) => each.args[0] as Record<string, unknown>)
    // The runtime adds timestamp, level and requestId around it.
    expect(ok)
      .to.be.an('object')
      .and.include({ message: `ok 200 ${ok?.durationMs}ms`, awsRequestId: 'req-ok', _flowId: 'f1', status: 200 })
    expect(ok).not.to.have.any.keys('level', 'timestamp')
    expect(bad).to.include({ status: 422, errorCode: 'bad_thing' })
  })

  it('AWS_LAMBDA_LOG_LEVEL filters the levels (else LOG_LEVEL); an unknown level is said once and filters nothing', async () => {
    const seen = await captureConsole(() => {
      const warnOnly = createLambdaLogger({ ...ON_LAMBDA, AWS_LAMBDA_LOG_LEVEL: 'WARN', LOG_LEVEL: 'error' })
      warnOnly.info('dropped')
      warnOnly.warn('kept')
      const fromLogLevel = createLambdaLogger({ ...ON_LAMBDA, LOG_LEVEL: 'error' })
      fromLogLevel.warn('dropped')
      fromLogLevel.error('kept too')
      const unknown = createLambdaLogger({ ...ON_LAMBDA, LOG_LEVEL: 'verbose' })
      unknown.info('kept as well')
    })
    const messages = seen.map((each) => (JSON.parse(each.args[0] as string) as { message: string }).message)
    expect(messages).to.deep.equal([
      'kept',
      'kept too',
      'LOG_LEVEL="verbose" is not a level (trace, debug, info, warn, error, fatal): every level is written',
      'kept as well',
    ])
  })
})

describe('stdout lines: colours only on a terminal without NO_COLOR', () => {
  const linesOf = (isTTY: boolean, env: NodeJS.ProcessEnv): string => {
    let text = ''
    const logger = createStdoutLogger({ env, sink: { isTTY, write: (chunk: string) => (text += chunk) } })
    logger.error('boom', { a: 1 }) // written at once
    return text
  }

  it('a terminal gets colours; a pipe, or NO_COLOR on a terminal, gets none', () => {
    expect(linesOf(true, {})).to.include('\x1b[31merror\x1b[39m boom')
    expect(linesOf(false, {})).to.match(/^\d\d:\d\d:\d\d\.\d{3} error boom {2}a=1\n$/)
    expect(linesOf(true, { NO_COLOR: '1' })).not.to.include('\x1b')
    expect(linesOf(true, { NO_COLOR: '' }), 'an empty NO_COLOR is no NO_COLOR (no-color.org)').to.include('\x1b[31m')
  })

  it('JSON in production whatever the terminal', () => {
    expect(JSON.parse(linesOf(true, { NODE_ENV: 'production' }))).to.include({ level: 'error', message: 'boom', a: 1 })
  })
})
