import { expect } from 'chai'
import { express, lambda, type ExpressExtensionConfig } from 'integrator-extension'
import type { Context } from 'aws-lambda'
import { CaptureLogger } from '../support/capture-logger.js'

const diy = { hooks: { h: () => 1 } }

// protocol.md §1, one row each: [row, config, message, code, applies to lambda?]
const rows: Array<[string, unknown, string, string, boolean]> = [
  ['config missing', undefined, 'Options parameter is not provided.', 'missing_parameter', true],
  ['config {}', {}, 'Options parameter is not provided.', 'missing_parameter', true],
  ['neither diy nor connectors', { systemToken: 't', port: 0 }, 'Either DIY or connectors field needs to be set.', 'missing_required_field', true],
  [
    'both set',
    { diy, connectors: { a: diy }, systemToken: 't' },
    'The configuration object should only have one of the diy or connectors field.',
    'invalid_configuration',
    true,
  ],
  ['connectors is {}', { connectors: {}, systemToken: 't' }, 'No connector modules provided in the connectors field.', 'invalid_field', true],
  ['Express, no systemToken', { diy, port: 0 }, 'systemToken not provided in options.', 'missing_required_field', false],
]

const silent = new CaptureLogger()

describe('protocol.md §1: configuration errors', () => {
  for (const [row, config, message, code, lambdaToo] of rows) {
    it(`Express createServer: ${row} → ${code}`, async () => {
      const error = await new Promise<Error & { code?: string }>((resolve) =>
        express.createServer(config as ExpressExtensionConfig, (err) => resolve(err as Error)),
      )
      expect(error).to.be.instanceOf(Error)
      expect(error.message).to.equal(message)
      expect(error.code).to.equal(code)
    })

    if (lambdaToo) {
      it(`Lambda createHandler: ${row} → every invocation fails with ${code}`, async () => {
        const handler = lambda.createHandler(config as never)
        const context = { clientContext: { diy: true, type: 'hook', function: 'h' } } as unknown as Context
        for (let i = 0; i < 2; i++) {
          const error = await handler({}, context).then(
            () => undefined,
            (e: Error) => e,
          )
          expect(error).to.be.instanceOf(Error)
          expect(JSON.parse((error as Error).message)).to.deep.equal({ statusCode: 422, errors: [{ code, message }] })
        }
      })
    }
  }

  it('Lambda createHandler never throws, and logs a bad config once at creation', () => {
    const logger = new CaptureLogger()
    expect(() => lambda.createHandler({ logger } as never)).not.to.throw()
    expect(logger.lines.map((l) => l.level)).to.deep.equal(['error'])
    expect(logger.lines[0]?.message).to.contain('Either DIY or connectors field needs to be set.')
  })

  describe('the module-level server pair', () => {
    afterEach(async () => {
      await express.stopServer().catch(() => undefined)
    })

    it('createServer while one runs → cannot_create_server, and the first keeps serving', async () => {
      const config = { diy, systemToken: 't', port: 0, host: '127.0.0.1', winstonInstance: silent }
      await new Promise<void>((resolve, reject) => express.createServer(config, (err) => (err ? reject(err) : resolve())))
      const error = await new Promise<Error & { code?: string }>((resolve) => express.createServer(config, (err) => resolve(err as Error)))
      expect(error.message).to.equal('Integration-extension server is already deployed.')
      expect(error.code).to.equal('cannot_create_server')
    })

    it('stopServer with none running → invaid_function_call (sic)', async () => {
      const error = await new Promise<Error & { code?: string }>((resolve) => express.stopServer((err) => resolve(err as Error)))
      expect(error.message).to.equal('Integration-extension server not deployed.')
      expect(error.code).to.equal('invaid_function_call')
    })

    it('stopServer after createServer calls back without error, and a new server can start', async () => {
      const config = { diy, systemToken: 't', port: 0, host: '127.0.0.1', winstonInstance: silent }
      await new Promise<void>((resolve, reject) => express.createServer(config, (err) => (err ? reject(err) : resolve())))
      await new Promise<void>((resolve, reject) => express.stopServer((err) => (err ? reject(err) : resolve())))
      await new Promise<void>((resolve, reject) => express.createServer(config, (err) => (err ? reject(err) : resolve())))
    })

    it('createServer calls back with the listen error (port in use) and stays creatable', async () => {
      const first = express.createExtensionServer({ diy, systemToken: 't', port: 0, host: '127.0.0.1', winstonInstance: silent })
      await first.start()
      try {
        const config = { diy, systemToken: 't', port: first.port, host: '127.0.0.1', winstonInstance: silent }
        const error = await new Promise<Error & { code?: string }>((resolve) => express.createServer(config, (err) => resolve(err as Error)))
        expect(error.code).to.equal('EADDRINUSE')
        await new Promise<void>((resolve, reject) => express.createServer({ ...config, port: 0 }, (err) => (err ? reject(err) : resolve())))
      } finally {
        await first.close()
      }
    })
  })
})
