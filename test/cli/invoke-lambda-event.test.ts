import { expect } from 'chai'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ROOT, runCli } from './run-cli.js'

// `invoke ENTRY --lambda --event FILE --client-context FILE`: the handler gets exactly that event
// and that context.clientContext, as the Lambda runtime would hand them over (docs/lambda.md).

const ENTRY = path.join(ROOT, 'test/fixtures/lambda/handler.js') // hooks.whoAmI answers what it was handed

const NEED_DIY_OR_CONNECTOR = { code: 'missing_required_field', message: 'Need to set either the diy or _connectorId field in extension options.' }
const MISSING_FUNCTION = { code: 'missing_required_field', message: 'Missing required field function in the extension options.' }

/** A function URL (API Gateway HTTP API v2) event: the /function body arrives as a string in `body`. */
const FUNCTION_URL_EVENT = {
  version: '2.0',
  rawPath: '/function',
  headers: { 'content-type': 'application/json' },
  requestContext: { http: { method: 'POST', path: '/function' } },
  body: JSON.stringify({ diy: true, type: 'hook', function: 'echo', options: { id: 1 } }),
  isBase64Encoded: false,
}

describe('cli: invoke --lambda --event FILE --client-context FILE', () => {
  let dir: string
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'invoke-event-'))))
  after(() => fs.rmSync(dir, { recursive: true, force: true }))

  function file(name: string, value: unknown): string {
    const target = path.join(dir, name)
    fs.writeFileSync(target, JSON.stringify(value))
    return target
  }

  async function invoke(event: unknown, clientContext: unknown): Promise<{ code: number | null; json: unknown; stderr: string }> {
    const result = await runCli(['invoke', ENTRY, '--lambda', '--event', file('event.json', event), '--client-context', file('context.json', clientContext)])
    return { code: result.code, json: JSON.parse(result.stdout) as unknown, stderr: result.stderr }
  }

  it('hands the handler exactly that event and that clientContext', async () => {
    const event = { bearerToken: 'one-time', _flowId: 'f1', data: [{ id: 1 }], lastExportDateTime: null }
    const clientContext = { diy: true, type: 'hook', function: 'whoAmI', maxResponseSize: 100000, extra: ['kept'] }
    const { code, json } = await invoke(event, clientContext)
    expect(code).to.equal(0)
    expect(json).to.deep.equal({ options: event, extensionOptions: clientContext, requestId: 'cli-invoke' })
  })

  it('a failure is the {statusCode, errors} the handler rejected with, exit 1', async () => {
    const { code, json } = await invoke({}, { diy: true, type: 'hook', function: 'toString' })
    expect(code).to.equal(1)
    expect(json).to.deep.equal({
      statusCode: 422,
      errors: [{ code: 'invalid_function', message: "The function passed in the extension options doesn't map to a function." }],
    })
  })

  describe("the handler's answer to an event that is not integrator.io's", () => {
    it('an HTTP request (function URL, API Gateway): says what it expected, then the protocol errors', async () => {
      const { code, json } = await invoke(FUNCTION_URL_EVENT, {})
      expect(code).to.equal(1)
      const { statusCode, errors } = json as { statusCode: number; errors: Array<{ code: string; message: string }> }
      expect(statusCode).to.equal(422)
      expect(errors.slice(1)).to.deep.equal([NEED_DIY_OR_CONNECTOR, MISSING_FUNCTION])
      expect(errors[0]?.code).to.equal('invalid_lambda_event')
      expect(errors[0]?.message).to.match(/^This event is an HTTP request \(API Gateway or a function URL\)/)
      expect(errors[0]?.message).to.contain('the event is the function options')
      expect(errors[0]?.message).to.contain('context.clientContext')
      expect(errors[0]?.message).to.contain('is the extension options')
      expect(errors[0]?.message).to.contain('docs/lambda.md')
    })

    it("the Express host's /function body as the event, no ClientContext: the same hint", async () => {
      const { code, json } = await invoke({ diy: true, type: 'hook', function: 'echo', options: { id: 1 } }, null)
      expect(code).to.equal(1)
      const { errors } = json as { errors: Array<{ code: string; message: string }> }
      expect(errors[0]?.message).to.match(/^This event is the Express host's POST \/function body/)
      expect(errors[0]?.message).to.contain('context.clientContext')
      expect(errors.slice(1)).to.deep.equal([NEED_DIY_OR_CONNECTOR, MISSING_FUNCTION])
    })

    it("any other event without diy or _connectorId: the protocol's answer alone, byte for byte", async () => {
      const { code, json } = await invoke({ id: 1, body: 'a field named body alone is data' }, { type: 'hook', function: 'echo' })
      expect(code).to.equal(1)
      expect(json).to.deep.equal({ statusCode: 422, errors: [NEED_DIY_OR_CONNECTOR] })
    })
  })

  describe('usage mistakes: one error line, exit 2', () => {
    const cases: Array<[string, string[], RegExp]> = [
      [
        '--event without --lambda',
        ['--event', '-', '--diy', '-f', 'echo'],
        /^error: --event and --client-context describe a Lambda invocation: add --lambda\.\n$/,
      ],
      [
        '--client-context with --diy and --function',
        ['--lambda', '--client-context', '-', '--diy', '-f', 'echo'],
        /^error: --client-context holds the extension options: drop --diy, --function\.\n$/,
      ],
      ['--event with --options', ['--lambda', '--event', '-', '--options', '-', '--diy', '-f', 'echo'], /^error: give --event or --options, not both\.\n$/],
      [
        'no --function and no --client-context',
        ['--lambda', '--diy'],
        /^error: required option '-f, --function <name>' not specified \(or give --lambda --client-context <file>\)\.\n$/,
      ],
    ]
    for (const [title, args, stderr] of cases) {
      it(title, async () => {
        const result = await runCli(['invoke', ENTRY, ...args], '{}')
        expect(result.stderr).to.match(stderr)
        expect(result.code).to.equal(2)
      })
    }
  })
})
