import { expect } from 'chai'
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import type { InvocationOutcome } from '../support/lambda-runtime-api.js'
import { INSTALL_COMMAND, lambdaRuntime, ricNodes, startRicContainer, type RicContainer } from '../support/ric-container.js'
import { failureMessage, faultCases, hook, lambdaFixtures, type FaultCase } from './fault-cases.js'

// The way AWS runs a function: the official runtime interface client (aws-lambda-ric 4, the
// nodejs24.x runtime's own) in a real Node process, loading a handler file and talking to a
// Runtime API (ours, on 127.0.0.1). Each `describe` below is one container. The runtime is not a
// devDependency (its native build takes minutes): `npm run lambda-runtime` installs it, and
// .ci/run does so before `npm test`, so CI always runs these.

const fixtures = path.resolve(lambdaFixtures, '..')

function expectAnswer(outcome: InvocationOutcome, expected: FaultCase['expected']): void {
  if ('result' in expected) {
    expect(outcome.kind, outcome.body.slice(0, 500)).to.equal('response')
    expect(outcome.json).to.deep.equal(expected.result === undefined ? null : expected.result)
  } else {
    expect(outcome.kind, outcome.body.slice(0, 500)).to.equal('error')
    // integrator.io parses errorMessage: the protocol's exact text
    expect(outcome.json).to.include({ errorType: 'Error', errorMessage: failureMessage(expected.errors) })
  }
}

const found = lambdaRuntime()
if ('missing' in found) {
  describe('the Lambda handler on the real runtime (aws-lambda-ric)', () => {
    if (process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false') {
      // CI must run them: .ci/run installs the runtime first.
      it('runs on every CI run', () => {
        throw new Error(`${found.missing}; .ci/run runs \`${INSTALL_COMMAND}\` before \`npm test\``)
      })
    } else {
      it(`skipped: ${found.missing}`, function () {
        this.skip()
      })
    }
  })
}
const runs = 'missing' in found ? [] : ricNodes(found).map((node) => ({ runtime: found, node }))

for (const { runtime, node } of runs) {
  const version = execFileSync(node, ['--version']).toString().trim()

  describe(`the Lambda handler on the real runtime (aws-lambda-ric, Node ${version})`, function () {
    this.timeout(20_000)

    describe('one container, every faulty function in turn (test/fixtures/lambda/handler.js)', () => {
      let container: RicContainer
      before(async () => {
        container = await startRicContainer({ runtime, node, taskRoot: lambdaFixtures, handler: 'handler.handler' })
      })
      after(() => container.stop())

      for (const row of faultCases) {
        it(row.title, async () => {
          expectAnswer(await container.invoke({ event: row.event, clientContext: row.extensionOptions }), row.expected)
        })
      }

      it('undefined is answered as null, null as null', async () => {
        expectAnswer(await container.invoke({ event: {}, clientContext: hook('undefinedResult') }), { result: null })
        expectAnswer(await container.invoke({ event: {}, clientContext: hook('nullResult') }), { result: null })
      })

      it('the payload reaches the function as its options, the ClientContext as the extension options', async () => {
        const clientContext = { diy: true, type: 'hook', function: 'whoAmI', maxResponseSize: 100000 }
        const event = { bearerToken: 'one-time', _flowId: 'f1', data: [{ id: 1 }] }
        const outcome = await container.invoke({ event, clientContext })
        expect(outcome.json).to.deep.equal({ options: event, extensionOptions: clientContext, requestId: outcome.requestId })
      })

      it('dates arrive as strings in the payload and reach the function as Dates', async () => {
        const event = { lastExportDateTime: '2024-01-02T03:04:05.000Z', currentExportDateTime: '2024-02-03T04:05:06.000Z' }
        const outcome = await container.invoke({ event, clientContext: hook('dates') })
        expect(outcome.json).to.deep.equal({ last: event.lastExportDateTime, current: event.currentExportDateTime })
      })

      it("epoch milliseconds in the payload reach the function as Dates; 0, '' and null stay as they are", async () => {
        const ms = Date.UTC(2024, 0, 2, 3, 4, 5)
        const first = await container.invoke({ event: { lastExportDateTime: ms, currentExportDateTime: 0 }, clientContext: hook('datesAsSeen') })
        expect(first.json).to.deep.equal({ lastExportDateTime: { date: '2024-01-02T03:04:05.000Z' }, currentExportDateTime: { value: 0 } })
        const second = await container.invoke({ event: { lastExportDateTime: '', currentExportDateTime: null }, clientContext: hook('datesAsSeen') })
        expect(second.json).to.deep.equal({ lastExportDateTime: { value: '' }, currentExportDateTime: { value: null } })
      })

      it('request validation errors, as integrator.io sees them', async () => {
        expectAnswer(await container.invoke({ event: null, clientContext: undefined }), {
          errors: [
            { code: 'missing_required_field', message: 'Need to set either the diy or _connectorId field in extension options.' },
            { code: 'missing_required_field', message: 'Missing required field function in the extension options.' },
            { code: 'missing_required_field', message: "Function options haven't been provided." },
          ],
        })
        expectAnswer(await container.invoke({ event: {}, clientContext: hook('toString') }), {
          errors: [{ code: 'invalid_function', message: "The function passed in the extension options doesn't map to a function." }],
        })
      })

      it('an HTTP-shaped event (a function URL) is answered with what the handler expected, then the protocol errors', async () => {
        const event = { version: '2.0', headers: {}, requestContext: { http: { method: 'POST' } }, body: '{"diy":true,"function":"echo"}' }
        const outcome = await container.invoke({ event, clientContext: undefined })
        expect(outcome.kind).to.equal('error')
        const { errors } = JSON.parse((outcome.json as { errorMessage: string }).errorMessage) as { errors: Array<{ code: string; message: string }> }
        expect(errors.map((e) => e.code)).to.deep.equal(['invalid_lambda_event', 'missing_required_field', 'missing_required_field'])
        expect(errors[0]?.message).to.contain('context.clientContext').and.to.contain('docs/lambda.md')
      })

      it('the container loaded neither express, winston nor inversify', async () => {
        const outcome = await container.invoke({ event: {}, clientContext: hook('loadedPackages') })
        const packages = outcome.json as string[]
        expect(packages.filter((p) => /^(express|winston|inversify|@inversifyjs\/.*)$/.test(p))).to.deep.equal([])
      })

      it('after all of it: the same process, one answer per invocation, the second answers only logged', () => {
        expect(container.child.exitCode, container.output()).to.equal(null)
        expect(container.api.violations, 'a second post for one request id, or an unknown route').to.deep.equal([])
        expect(container.api.initErrors).to.deep.equal([])
        expect(container.output()).to.contain('Function callbackTwice answered more than once; the first answer was sent.')
        expect(container.output()).to.contain('a function faulted outside its call; that call failed')
      })
    })

    for (const format of ['Text', 'JSON'] as const) {
      describe(`the log lines as CloudWatch gets them: AWS_LAMBDA_LOG_FORMAT=${format}`, () => {
        let container: RicContainer
        before(async () => {
          container = await startRicContainer({ runtime, node, taskRoot: lambdaFixtures, handler: 'handler.handler', env: { AWS_LAMBDA_LOG_FORMAT: format } })
        })
        after(() => container.stop())

        it(`one line per invocation, ${format === 'JSON' ? "our fields as the runtime's message object, encoded once" : "our JSON line after the runtime's prefix"}; a failed one at WARN with the code it answered`, async () => {
          const ok = await container.invoke({ event: { id: 1 }, clientContext: hook('echo') })
          const failed = await container.invoke({ event: {}, clientContext: hook('syncThrow') })
          // What the runtime wrote for each invocation: [runtime's level, our fields].
          const lines = container
            .output()
            .split('\n')
            .filter((line) => line !== '')
            .map((line): [string, string, Record<string, unknown>] | undefined => {
              if (format === 'JSON') {
                const entry = JSON.parse(line) as { level: string; requestId: string; message: unknown; timestamp: string }
                expect(new Date(entry.timestamp).toISOString()).to.equal(entry.timestamp)
                // Ours carry awsRequestId; the runtime's own error report (Invoke Error) does not.
                const fields = entry.message as Record<string, unknown> | null
                return typeof fields === 'object' && fields !== null && 'awsRequestId' in fields ? [entry.level, entry.requestId, fields] : undefined
              }
              const [timestamp, requestId, level, text] = line.split('\t')
              if (text === undefined || !text.startsWith('{"level":')) return undefined
              expect(new Date(timestamp as string).toISOString()).to.equal(timestamp)
              return [level as string, requestId as string, JSON.parse(text) as Record<string, unknown>]
            })
            .filter((line) => line !== undefined)
          expect(lines.map(([level, requestId, fields]) => [level, requestId, fields.function, fields.status, fields.errorCode])).to.deep.equal([
            ['INFO', ok.requestId, 'echo', 200, undefined],
            ['WARN', failed.requestId, 'syncThrow', 422, 'sync_code'],
          ])
          for (const [, , fields] of lines) {
            expect(fields.awsRequestId).to.be.a('string')
            // Text: our line keeps its own level and timestamp; JSON: the runtime's envelope carries them.
            if (format === 'Text') expect(fields).to.include.keys('level', 'timestamp')
            else expect(fields).not.to.have.any.keys('level', 'timestamp')
          }
        })
      })
    }

    describe('AWS_LAMBDA_LOG_LEVEL=WARN with the JSON format', () => {
      let container: RicContainer
      before(async () => {
        container = await startRicContainer({
          runtime,
          node,
          taskRoot: lambdaFixtures,
          handler: 'handler.handler',
          env: { AWS_LAMBDA_LOG_FORMAT: 'JSON', AWS_LAMBDA_LOG_LEVEL: 'WARN' },
        })
      })
      after(() => container.stop())

      it("drops the successful invocations' lines and keeps the failed ones", async () => {
        await container.invoke({ event: { id: 1 }, clientContext: hook('echo') })
        await container.invoke({ event: {}, clientContext: hook('syncThrow') })
        const ours = container
          .output()
          .split('\n')
          .filter((line) => line.startsWith('{'))
          .map((line) => JSON.parse(line) as { level: string; message: unknown })
          .filter((entry) => typeof entry.message === 'object' && entry.message !== null && 'awsRequestId' in entry.message)
        expect(ours.map((entry) => [entry.level, (entry.message as { function?: string }).function])).to.deep.equal([['WARN', 'syncThrow']])
      })
    })

    describe('a container whose function has the default callTimeout (290 s)', () => {
      let container: RicContainer
      before(async () => {
        container = await startRicContainer({ runtime, node, taskRoot: lambdaFixtures, handler: 'handler.deadlineHandler' })
      })
      after(() => container.stop())

      it('a stuck call fails with function_timeout before the invocation deadline, not with a Lambda timeout', async () => {
        const deadlineMs = Date.now() + 1500
        const outcome = await container.invoke({ event: {}, clientContext: hook('neverSettles'), deadlineMs })
        expect(outcome.kind).to.equal('error')
        const { errors } = JSON.parse((outcome.json as { errorMessage: string }).errorMessage) as { errors: Array<{ code: string; message: string }> }
        expect(errors).to.have.length(1)
        expect(errors[0]?.code).to.equal('function_timeout')
        const ms = Number(/^The function neverSettles did not finish within (\d+) ms\.$/.exec(errors[0]?.message ?? '')?.[1])
        expect(ms).to.be.within(1, 1000) // the time left, less the 500 ms margin
        expectAnswer(await container.invoke({ event: { id: 'next' }, clientContext: hook('echo') }), { result: { id: 'next' } })
      })
    })

    describe('a container with catchProcessFaults: false', () => {
      let container: RicContainer
      before(async () => {
        container = await startRicContainer({ runtime, node, taskRoot: lambdaFixtures, handler: 'handler.uncaughtFaultsHandler' })
      })
      after(() => container.stop())

      it("a throw in a function's timer is left to the runtime, which exits", async () => {
        expectAnswer(await container.invoke({ event: { id: 1 }, clientContext: hook('echo') }), { result: { id: 1 } })
        const died = await container.invoke({ event: {}, clientContext: hook('throwInTimer') }).then(
          (outcome) => expect.fail(`answered ${outcome.body}`),
          (error: Error) => error,
        )
        expect(died.message).to.contain('the runtime exited (code 1')
        expect(died.message).to.contain('thrown in a timer')
      })
    })

    describe('a container whose config is wrong (test/fixtures/lambda/bad-config-handler.js)', () => {
      let container: RicContainer
      before(async () => {
        container = await startRicContainer({ runtime, node, taskRoot: lambdaFixtures, handler: 'bad-config-handler.handler' })
      })
      after(() => container.stop())

      it('initialises, then fails every invocation with the config error, logged once at cold start', async () => {
        const errors = [{ code: 'invalid_configuration', message: 'The configuration object should only have one of the diy or connectors field.' }]
        for (let i = 0; i < 3; i++) {
          expectAnswer(await container.invoke({ event: { id: i }, clientContext: hook('echo') }), { errors })
        }
        expect(container.api.initErrors).to.deep.equal([])
        expect(container.output().split('invalid configuration').length - 1).to.equal(1)
      })
    })

    describe('the original package documented usage (test/fixtures/legacy-lambda.js)', () => {
      let container: RicContainer
      before(async () => {
        container = await startRicContainer({ runtime, node, taskRoot: fixtures, handler: 'legacy-lambda.handler' })
      })
      after(() => container.stop())

      it('runs unchanged: callback-style functions behind the async handler', async () => {
        const connector = { _connectorId: '9ce44f88a25272b6d9cbb430ebbcfcf1', type: 'hook' }
        expectAnswer(await container.invoke({ event: { data: [{ id: 7 }] }, clientContext: { ...connector, function: 'preSavePageFunction' } }), {
          result: { data: [{ id: 7, seen: true }], errors: [], abort: false },
        })
        expectAnswer(await container.invoke({ event: {}, clientContext: { ...connector, function: 'failing' } }), {
          errors: [{ code: 'legacy_code', message: 'legacy failure' }],
        })
      })
    })

    describe('a callback-style (event, context, callback) handler (test/fixtures/lambda/callback-style-handler.js)', () => {
      let container: RicContainer
      before(async () => {
        container = await startRicContainer({ runtime, node, taskRoot: lambdaFixtures, handler: 'callback-style-handler.handler' })
      })
      after(() => container.stop())

      it('is refused at load time: an init error, and the runtime exits', async () => {
        const initError = await container.api.nextInitError()
        expect(initError.errorType).to.equal('Runtime.CallbackHandlerDeprecated')
        expect(initError.errorMessage).to.contain('callback-based function handlers')
        const { code } = await container.exited
        expect(code).to.not.equal(0)
      })
    })
  })
}
