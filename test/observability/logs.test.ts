import { expect } from 'chai'
import { execFile } from 'node:child_process'
import { Writable } from 'node:stream'
import { promisify } from 'node:util'
import type { Context } from 'aws-lambda'
import { createContextLogger, lambda } from 'integrator-extension'
import { CaptureLogger } from '../support/capture-logger.js'
import { startTestServer } from '../support/test-server.js'

const run = promisify(execFile)

describe('structured logs', () => {
  it('each served call logs one line with request id, traceId, connector, type, function, ids, duration, status and error code', async () => {
    const server = await startTestServer({
      connectors: { c9: { hooks: { ok: () => 1, bad: () => Promise.reject(Object.assign(new Error('x'), { code: 'bad_thing' })) } } },
    })
    try {
      await server.call({ _connectorId: 'c9', type: 'hook', function: 'ok', options: { _integrationId: 'i1', _flowId: 'f1' } }, { traceid: 'tr-1' })
      await server.call({ _connectorId: 'c9', type: 'hook', function: 'bad', options: { _integrationId: 'i2', _flowId: 'f2' } })
      await new Promise((resolve) => setTimeout(resolve, 20))
      const lines = server.logger.lines.filter((l) => l.meta?.url === '/function').map((l) => l.meta as Record<string, unknown>)
      expect(lines).to.have.length(2)
      expect(lines[0]).to.include({ traceId: 'tr-1', connector: 'c9', type: 'hook', function: 'ok', _integrationId: 'i1', _flowId: 'f1', status: 200 })
      expect(lines[1]).to.include({ connector: 'c9', function: 'bad', _integrationId: 'i2', _flowId: 'f2', status: 422, errorCode: 'bad_thing' })
      for (const line of lines) {
        expect(line.requestId).to.be.a('string')
        expect(line.durationMs).to.be.a('number')
      }
    } finally {
      await server.close()
    }
  })

  it('the default logger writes one JSON line per call with NODE_ENV=production, readable lines otherwise', async () => {
    const script = `
      const { express } = require('integrator-extension')
      const server = express.createExtensionServer({ diy: { hooks: { ok: () => 1 } }, systemToken: 't', port: 0, host: '127.0.0.1' })
      server.start().then(async () => {
        await fetch('http://127.0.0.1:' + server.port + '/function', { method: 'POST', headers: { authorization: 'Bearer t', 'content-type': 'application/json', traceid: 'tr-json' },
          body: JSON.stringify({ diy: true, type: 'hook', function: 'ok', options: { _flowId: 'f7' } }) })
        await server.close()
      })`
    const production = await run(process.execPath, ['-e', script], { env: { ...process.env, NODE_ENV: 'production' }, cwd: __dirname })
    const json = production.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>)
    const call = json.find((l) => l.url === '/function')
    expect(call).to.include({ level: 'info', traceId: 'tr-json', connector: 'diy', function: 'ok', _flowId: 'f7', status: 200 })
    expect(call?.timestamp).to.be.a('string')

    const development = await run(process.execPath, ['-e', script], { env: { ...process.env, NODE_ENV: 'development' }, cwd: __dirname })
    const line = development.stdout.split('\n').find((l) => l.includes('POST /function'))
    expect(line).to.match(/info.*POST \/function 200 .*traceId=tr-json.*function=ok/)
    expect(() => JSON.parse(line as string)).to.throw()
  })

  it('readable lines: a traceid cannot add fields, a newline cannot start a forged line; one access line per request', async () => {
    const script = `
      const { express } = require('integrator-extension')
      const server = express.createExtensionServer({ diy: { hooks: { ok: () => 1 } }, systemToken: 't', port: 0, host: '127.0.0.1' })
      const post = (traceid, body) => fetch('http://127.0.0.1:' + server.port + '/function', { method: 'POST',
        headers: { authorization: 'Bearer t', 'content-type': 'application/json', traceid }, body: JSON.stringify(body) })
      server.start().then(async () => {
        await post('tr-1 status=500 errorCode=forged', { diy: true, type: 'hook', function: 'ok', options: {} })
        await post('tr-2', { diy: true, type: 'hook', function: 'ok\\n12:00:00.000 info POST /function 200 forged=1\\u001b[2K', options: { _flowId: 'f\\r\\u2028x' } })
        await server.close()
      })`
    const { stdout } = await run(process.execPath, ['-e', script], { env: { ...process.env, NODE_ENV: 'development' }, cwd: __dirname })
    const lines = stdout.split('\n').filter((l) => l !== '')
    const access = lines.filter((l) => l.includes('/function'))
    expect(access, stdout).to.have.length(2)
    expect(lines.some((l) => l.includes('forged=1') && !l.includes('function="ok'))).to.equal(false)
    expect(access[0]).to.include('traceId="tr-1 status=500 errorCode=forged"')
    expect(access[0]?.replace('"tr-1 status=500 errorCode=forged"', '').match(/ (status|errorCode)=/g)).to.deep.equal([' status='])
    expect(access[1]).to.include('function="ok\\n12:00:00.000 info POST /function 200 forged=1\\u001b[2K"')
    expect(access[1]).to.include('_flowId="f\\r\\u2028x"')
    expect(stdout).not.to.match(/[\u0000-\u0008\u000b-\u001a\u001c-\u001f\u2028]/) // only the colours' ESC and newlines between lines
  })

  it('a user-supplied winstonInstance receives the lines', async () => {
    const winston = require('winston') as typeof import('winston')
    const seen: Array<Record<string, unknown>> = []
    const stream = new Writable({
      objectMode: true,
      write(info: Record<string, unknown>, _encoding, next) {
        seen.push(info)
        next()
      },
    })
    const logger = winston.createLogger({ transports: [new winston.transports.Stream({ stream })] })
    const server = await startTestServer({ diy: { hooks: { ok: () => 1 } }, winstonInstance: logger })
    try {
      await server.call({ diy: true, type: 'hook', function: 'ok', options: {} })
      await new Promise((resolve) => setTimeout(resolve, 20))
      expect(seen.some((info) => info.url === '/function' && info.status === 200)).to.equal(true)
    } finally {
      await server.close()
    }
  })

  it('Lambda logs one line per invocation with the awsRequestId and the call fields', async () => {
    const logger = new CaptureLogger()
    const handler = lambda.createHandler({ diy: { hooks: { ok: () => 1 } }, logger })
    const context = { awsRequestId: 'aws-req-1', clientContext: { diy: true, type: 'hook', function: 'ok' } } as unknown as Context
    await handler({ _integrationId: 'i5' }, context)
    expect(logger.lines).to.have.length(1)
    expect(logger.lines[0]?.meta).to.include({ awsRequestId: 'aws-req-1', connector: 'diy', type: 'hook', function: 'ok', _integrationId: 'i5', status: 200 })
  })

  it("a context logger stamps user lines with the current call's fields, never another call's", async () => {
    const base = new CaptureLogger()
    const log = createContextLogger(base)
    const handler = lambda.createHandler({
      diy: {
        hooks: {
          work: async (options: { n: number }) => {
            await new Promise((resolve) => setTimeout(resolve, (7 * options.n) % 11))
            log.info('working', { n: options.n })
          },
        },
      },
      logger: new CaptureLogger(),
    })
    await Promise.all(
      Array.from({ length: 30 }, (_, n) =>
        handler({ n, _flowId: `flow-${n}` }, { awsRequestId: `req-${n}`, clientContext: { diy: true, type: 'hook', function: 'work' } } as unknown as Context),
      ),
    )
    expect(base.lines).to.have.length(30)
    for (const line of base.lines) {
      const n = line.meta?.n as number
      expect(line.meta).to.include({ requestId: `req-${n}`, _flowId: `flow-${n}`, function: 'work', connector: 'diy' })
    }
  })
})
