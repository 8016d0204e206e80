import { expect } from 'chai'
import { lambda, type LambdaHandler } from 'integrator-extension'
import type { Context } from 'aws-lambda'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { CaptureLogger } from '../support/capture-logger.js'
import path from 'node:path'
import { faultCases, faultyFunctions, hook, lambdaFixtures } from './fault-cases.js'

const context = (clientContext: unknown, extra: object = {}) => ({ clientContext, awsRequestId: 'in-process', ...extra }) as unknown as Context

/** Runs one invocation as the runtime would: the result, or the failure's parsed `errorMessage`. */
async function invoke(handler: LambdaHandler, event: unknown, ctx: Context): Promise<{ result: unknown } | { failure: unknown; error: unknown }> {
  try {
    return { result: await handler(event, ctx) }
  } catch (error) {
    return { failure: JSON.parse((error as Error).message) as unknown, error }
  }
}

const expectOutcome = (outcome: Awaited<ReturnType<typeof invoke>>, expected: (typeof faultCases)[number]['expected']) => {
  if ('result' in expected) expect(outcome).to.deep.equal({ result: expected.result })
  else {
    expect(outcome).to.have.property('error').that.is.instanceOf(Error)
    expect((outcome as { failure: unknown }).failure).to.deep.equal({ statusCode: 422, errors: expected.errors })
  }
}

describe('Lambda handler (in-process): faulty functions get the protocol error, and the next call is served', () => {
  const logger = new CaptureLogger()
  const handler = lambda.createHandler({ diy: faultyFunctions, callTimeout: 300, logger })

  for (const row of faultCases.filter((c) => !c.processOnly)) {
    it(row.title, async () => {
      expectOutcome(await invoke(handler, row.event, context(row.extensionOptions)), row.expected)
    })
  }

  it('the whole sequence again on one handler, in order: no failure changes a later answer', async () => {
    for (const row of faultCases.filter((c) => !c.processOnly)) {
      expectOutcome(await invoke(handler, row.event, context(row.extensionOptions)), row.expected)
    }
  })

  it('a second answer is logged as a warning, never sent', async () => {
    const logged = new CaptureLogger()
    const own = lambda.createHandler({ diy: faultyFunctions, logger: logged })
    expect(await own({}, context(hook('callbackTwice')))).to.deep.equal({ answer: 'first' })
    const warnings = logged.lines.filter((l) => l.level === 'warn')
    expect(warnings.map((l) => l.meta?.ignored)).to.deep.equal(['result', 'Error'])
    expect(warnings[0]?.message).to.equal('Function callbackTwice answered more than once; the first answer was sent.')
  })
})

describe('Lambda handler: a stuck call in a process with nothing else to do', () => {
  it('still gets its function_timeout answer: the process does not exit silently before it', async () => {
    // As on Lambda between polls of the Runtime API: only the call's own timer is left on the event loop.
    const script = `
      const logger = { info() {}, warn() {}, error() {} }
      const handler = require('integrator-extension').lambda.createHandler({ diy: { hooks: { stuck: () => new Promise(() => {}) } }, callTimeout: 100, logger })
      handler({}, { clientContext: { diy: true, type: 'hook', function: 'stuck' } }).catch((e) => console.log(e.message))
      process.on('exit', (code) => console.log('exit ' + code))`
    const { stdout } = await promisify(execFile)(process.execPath, ['-e', script], { cwd: __dirname, timeout: 10_000 })
    expect(stdout.trim().split('\n')).to.deep.equal([
      '{"statusCode":422,"errors":[{"code":"function_timeout","message":"The function stuck did not finish within 100 ms."}]}',
      'exit 0',
    ])
  })
})

describe("Lambda handler: an unreadable error clears the call's timeout timer", () => {
  for (const fn of ['throwsCodeGetter', 'throwsUnconvertibleMessage', 'throwsProxy', 'resultProxy']) {
    it(`${fn}: rejects with the protocol's 422 message and the process exits at once, not at callTimeout`, async () => {
      // With the timer left armed, this process would live for callTimeout (60 s) and execFile would kill it.
      const script = `
        const logger = { info() {}, warn() {}, error() {} }
        const handler = require('integrator-extension').lambda.createHandler({ diy: require(${JSON.stringify(path.join(lambdaFixtures, 'functions.js'))}), callTimeout: 60000, logger })
        handler({}, { clientContext: { diy: true, type: 'hook', function: ${JSON.stringify(fn)} } }).catch((e) => console.log(e instanceof Error, JSON.parse(e.message).statusCode))
        process.on('exit', (code) => console.log('exit ' + code))`
      const { stdout } = await promisify(execFile)(process.execPath, ['-e', script], { cwd: __dirname, timeout: 15_000 })
      expect(stdout.trim().split('\n')).to.deep.equal(['true 422', 'exit 0'])
    })
  }
})

describe('Lambda handler (in-process): the invocation deadline bounds a stuck call', () => {
  it('with time left before the deadline, a never-settling function fails 500 ms before it', async () => {
    const handler = lambda.createHandler({ diy: faultyFunctions, logger: new CaptureLogger() }) // callTimeout: default 290 s
    const outcome = await invoke(handler, {}, context(hook('neverSettles'), { getRemainingTimeInMillis: () => 800 }))
    expect(outcome).to.deep.include({
      failure: { statusCode: 422, errors: [{ code: 'function_timeout', message: 'The function neverSettles did not finish within 300 ms.' }] },
    })
  })

  it('a callTimeout shorter than the time left still applies', async () => {
    const handler = lambda.createHandler({ diy: faultyFunctions, callTimeout: 100, logger: new CaptureLogger() })
    const outcome = await invoke(handler, {}, context(hook('neverCallsBack'), { getRemainingTimeInMillis: () => 60_000 }))
    expect(outcome).to.deep.include({
      failure: { statusCode: 422, errors: [{ code: 'function_timeout', message: 'The function neverCallsBack did not finish within 100 ms.' }] },
    })
  })

  for (const [said, remaining] of [
    ['0 (hand-made contexts)', 0],
    ['less than the margin', 400],
    ['NaN', Number.NaN],
  ] as const) {
    it(`a context whose remaining time is ${said} does not cut the call short`, async () => {
      const handler = lambda.createHandler({ diy: faultyFunctions, callTimeout: 200, logger: new CaptureLogger() })
      expect(await handler({ id: 'ok' }, context(hook('callbackEcho'), { getRemainingTimeInMillis: () => remaining }))).to.deep.equal({ id: 'ok' })
      const stuck = await invoke(handler, {}, context(hook('neverSettles'), { getRemainingTimeInMillis: () => remaining }))
      expect(stuck).to.deep.include({
        failure: { statusCode: 422, errors: [{ code: 'function_timeout', message: 'The function neverSettles did not finish within 200 ms.' }] },
      })
    })
  }
})

describe('Lambda handler (in-process): a bad config', () => {
  it('is validated once, when the handler is created, and fails every invocation with its error', async () => {
    let reads = 0
    const config = {
      get diy() {
        reads += 1
        return faultyFunctions
      },
      connectors: { abc: faultyFunctions },
      logger: new CaptureLogger(),
    }
    const handler = lambda.createHandler(config)
    const readsAtCreation = reads
    expect(readsAtCreation).to.be.greaterThan(0)
    for (let i = 0; i < 3; i++) {
      expect(await invoke(handler, { id: i }, context(hook('echo')))).to.deep.include({
        failure: {
          statusCode: 422,
          errors: [{ code: 'invalid_configuration', message: 'The configuration object should only have one of the diy or connectors field.' }],
        },
      })
    }
    expect(reads, 'the config is not read again per invocation').to.equal(readsAtCreation)
    // Once at creation; then each failed invocation's own line, at warn, with the code it answered.
    expect(config.logger.lines.map((l) => l.level)).to.deep.equal(['error', 'warn', 'warn', 'warn'])
    expect(config.logger.lines.slice(1).map((l) => l.meta?.errorCode)).to.deep.equal([
      'invalid_configuration',
      'invalid_configuration',
      'invalid_configuration',
    ])
  })

  for (const callTimeout of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 31, '300']) {
    it(`callTimeout ${String(callTimeout)} (${typeof callTimeout}) is a config error, not a timeout on every call`, async () => {
      const handler = lambda.createHandler({ diy: faultyFunctions, callTimeout: callTimeout as number, logger: new CaptureLogger() })
      expect(await invoke(handler, { id: 'x' }, context(hook('echo')))).to.deep.include({
        failure: {
          statusCode: 422,
          errors: [{ code: 'invalid_field', message: 'The callTimeout field must be a number of milliseconds greater than 0 and at most 2147483647.' }],
        },
      })
    })
  }

  it('the largest timer Node can set is accepted', async () => {
    const handler = lambda.createHandler({ diy: faultyFunctions, callTimeout: 2 ** 31 - 1, logger: new CaptureLogger() })
    expect(await handler({ id: 'x' }, context(hook('echo')))).to.deep.equal({ id: 'x' })
  })
})
