import { expect } from 'chai'
import { lambda } from 'integrator-extension'
import type { Context } from 'aws-lambda'
import { CaptureLogger } from '../support/capture-logger.js'
import { faultyFunctions, hook } from './fault-cases.js'

// protocol.md §4 in-process: event = function options, context.clientContext = extension options;
// success = the result; failure = an Error whose message is JSON {statusCode: 422, errors}.
const logger = new CaptureLogger()
const diyHandler = lambda.createHandler({ diy: faultyFunctions, callTimeout: 300, logger })
const connectorHandler = lambda.createHandler({ connectors: { conn1: faultyFunctions }, callTimeout: 300, logger })
const context = (clientContext: unknown) => ({ clientContext, awsRequestId: 'req-§4' }) as unknown as Context

const E = {
  diyNotConfigured: { code: 'missing_required_field', message: 'DIY is not configured in the extension configuration.' },
  connectorNotConfigured: {
    code: 'invalid_field',
    message: "The _connectorId set in the extension options does't match any of the _connectorId's present in extension configuration.",
  },
  neitherDiyNorConnector: { code: 'missing_required_field', message: 'Need to set either the diy or _connectorId field in extension options.' },
  noFunction: { code: 'missing_required_field', message: 'Missing required field function in the extension options.' },
  functionNotString: { code: 'invalid_field', message: 'The function field in the extension options must be of type string.' },
  noFunctionOptions: { code: 'missing_required_field', message: "Function options haven't been provided." },
  invalidFunction: { code: 'invalid_function', message: "The function passed in the extension options doesn't map to a function." },
}

type Row = [title: string, handler: 'diy' | 'connectors', clientContext: unknown, event: unknown, errors: Array<{ code: string; message: string }>]

// protocol.md §2, every 422 row, as the Lambda host reports it.
const rows: Row[] = [
  ['diy set but no diy module configured', 'connectors', { diy: true, type: 'hook', function: 'echo' }, {}, [E.diyNotConfigured]],
  ['_connectorId not configured', 'connectors', { _connectorId: 'nope', type: 'hook', function: 'echo' }, {}, [E.connectorNotConfigured]],
  ['_connectorId on a diy handler', 'diy', { _connectorId: 'conn1', type: 'hook', function: 'echo' }, {}, [E.connectorNotConfigured]],
  ['neither diy nor _connectorId', 'diy', { type: 'hook', function: 'echo' }, {}, [E.neitherDiyNorConnector]],
  ['connectorId without underscore does not count', 'connectors', { connectorId: 'conn1', type: 'hook', function: 'echo' }, {}, [E.neitherDiyNorConnector]],
  ['no function', 'diy', { diy: true, type: 'hook' }, {}, [E.noFunction]],
  ['function not a string', 'diy', { diy: true, type: 'hook', function: 5 }, {}, [E.functionNotString]],
  ['no function options (null payload)', 'diy', { diy: true, type: 'hook', function: 'echo' }, null, [E.noFunctionOptions]],
  ['no ClientContext at all, no payload: all collected, in order', 'diy', undefined, null, [E.neitherDiyNorConnector, E.noFunction, E.noFunctionOptions]],
  ['several, in order', 'connectors', { diy: true, function: 7 }, undefined, [E.diyNotConfigured, E.functionNotString, E.noFunctionOptions]],
  [
    'type names a missing group',
    'diy',
    { diy: true, type: 'wrapper', function: 'echo' },
    {},
    [{ code: 'object_not_found', message: "The object wrapper doesn't exist in the module." }],
  ],
  ['the name is not a function there', 'diy', { diy: true, type: 'hook', function: 'missing' }, {}, [E.invalidFunction]],
  ['an inherited name is not a function of the module', 'diy', { diy: true, type: 'hook', function: 'constructor' }, {}, [E.invalidFunction]],
  ['the function failed: its code', 'diy', hook('callbackError'), {}, [{ code: 'callback_code', message: 'called back with an error' }]],
  ['the function failed: no code, its name', 'diy', hook('rejects'), {}, [{ code: 'RangeError', message: 'rejected' }]],
  ['the result is not plain JSON data', 'diy', hook('date'), {}, [{ code: 'invalid_extension_response', message: 'Extension response is not serializable.' }]],
  [
    'the result is longer than maxResponseSize',
    'diy',
    hook('sized', { maxResponseSize: 10 }),
    { n: 9 },
    [{ code: 'response_size_exceeded', message: 'response stream exceeded limit of 10 bytes.' }],
  ],
]

describe('protocol.md §4: the Lambda host, in-process', () => {
  for (const [title, which, clientContext, event, errors] of rows) {
    it(`${title} → the invocation fails with {statusCode: 422, errors: [${errors.map((e) => e.code).join(', ')}]}`, async () => {
      const handler = which === 'diy' ? diyHandler : connectorHandler
      const error = await handler(event, context(clientContext)).then(
        (result) => expect.fail(`resolved with ${JSON.stringify(result)}`),
        (e: unknown) => e,
      )
      expect(error).to.be.instanceOf(Error)
      // integrator.io parses errorMessage; the exact text, key order included:
      expect((error as Error).message).to.equal(JSON.stringify({ statusCode: 422, errors }))
    })
  }

  const results: Array<[string, object, unknown, unknown]> = [
    ['an object', hook('echo'), { id: 1 }, { id: 1 }],
    ['from a connector module', { _connectorId: 'conn1', type: 'hook', function: 'echo' }, { id: 2 }, { id: 2 }],
    ['null', hook('nullResult'), {}, null],
    ['undefined (the runtime sends null)', hook('undefinedResult'), {}, undefined],
    ['a string exactly at maxResponseSize', hook('sized', { maxResponseSize: 10 }), { n: 8 }, 'xxxxxxxx'],
  ]
  for (const [title, clientContext, event, expected] of results) {
    it(`success: ${title} is the invocation's result`, async () => {
      const handler = 'diy' in clientContext ? diyHandler : connectorHandler
      expect(await handler(event, context(clientContext))).to.deep.equal(expected)
    })
  }

  it('event is the function options and context.clientContext the extension options, as the function sees them', async () => {
    const clientContext = { diy: true, type: 'hook', function: 'whoAmI', maxResponseSize: 1000 }
    const event = { bearerToken: 'one-time', _integrationId: 'i1', data: [{ a: 1 }] }
    expect(await diyHandler(event, context(clientContext))).to.deep.equal({ options: event, extensionOptions: clientContext, requestId: 'req-§4' })
  })

  it('lastExportDateTime and currentExportDateTime reach the function as Dates', async () => {
    const last = '2024-01-02T03:04:05.000Z'
    const current = '2024-02-03T04:05:06.000Z'
    expect(await diyHandler({ lastExportDateTime: last, currentExportDateTime: current }, context(hook('dates')))).to.deep.equal({ last, current })
  })

  it('the handler declares two parameters (event, context) and returns a promise: nodejs24.x refuses three', async () => {
    expect(diyHandler.length).to.equal(2)
    const answer = diyHandler({ id: 3 }, context(hook('echo')))
    expect(answer).to.be.instanceOf(Promise)
    expect(await answer).to.deep.equal({ id: 3 })
  })
})
