import { expect } from 'chai'
import { startTestServer, type TestServer } from '../support/test-server.js'

const E = {
  diyNotConfigured: { code: 'missing_required_field', message: 'DIY is not configured in the extension configuration.' },
  connectorNotConfigured: {
    code: 'invalid_field',
    message: "The _connectorId set in the extension options does't match any of the _connectorId's present in extension configuration.",
  },
  needDiyOrConnector: { code: 'missing_required_field', message: 'Need to set either the diy or _connectorId field in extension options.' },
  missingFunction: { code: 'missing_required_field', message: 'Missing required field function in the extension options.' },
  functionNotString: { code: 'invalid_field', message: 'The function field in the extension options must be of type string.' },
  missingOptions: { code: 'missing_required_field', message: "Function options haven't been provided." },
}

const functions = { hooks: { echo: (options: unknown) => options } }

describe('protocol.md §2: request validation (Express, real HTTP)', () => {
  let diy: TestServer
  let connectors: TestServer
  before(async () => {
    diy = await startTestServer({ diy: functions })
    connectors = await startTestServer({ connectors: { c1: functions } })
  })
  after(async () => {
    await diy.close()
    await connectors.close()
  })

  // One row of the table each: [row, server, body, errors]
  const rows: Array<[string, () => TestServer, unknown, object[]]> = [
    ['diy set but no diy module configured', () => connectors, { diy: true, type: 'hook', function: 'echo', options: {} }, [E.diyNotConfigured]],
    ['_connectorId not configured', () => connectors, { _connectorId: 'nope', type: 'hook', function: 'echo', options: {} }, [E.connectorNotConfigured]],
    ['_connectorId on a diy host', () => diy, { _connectorId: 'c1', type: 'hook', function: 'echo', options: {} }, [E.connectorNotConfigured]],
    ['neither diy nor _connectorId', () => diy, { type: 'hook', function: 'echo', options: {} }, [E.needDiyOrConnector]],
    [
      'connectorId without underscore does not count',
      () => connectors,
      { connectorId: 'c1', type: 'hook', function: 'echo', options: {} },
      [E.needDiyOrConnector],
    ],
    ['no function', () => diy, { diy: true, type: 'hook', options: {} }, [E.missingFunction]],
    ['function not a string', () => diy, { diy: true, type: 'hook', function: 5, options: {} }, [E.functionNotString]],
    ['no function options', () => diy, { diy: true, type: 'hook', function: 'echo' }, [E.missingOptions]],
    ['all of them, collected in the protocol order', () => diy, {}, [E.needDiyOrConnector, E.missingFunction, E.missingOptions]],
    ['several, in order', () => connectors, { diy: true, function: ['x'] }, [E.diyNotConfigured, E.functionNotString, E.missingOptions]],
  ]

  for (const [row, server, body, errors] of rows) {
    it(`${row} → 422 ${errors.map((e) => (e as { code: string }).code).join(', ')}`, async () => {
      const response = await server().call(body)
      expect(response.status).to.equal(422)
      expect(response.json).to.deep.equal({ errors })
    })
  }

  it('a valid call reaches the function (control for the rows above)', async () => {
    const response = await connectors.call({ _connectorId: 'c1', type: 'hook', function: 'echo', options: { a: 1 } })
    expect(response.status).to.equal(200)
    expect(response.json).to.deep.equal({ a: 1 })
  })
})
