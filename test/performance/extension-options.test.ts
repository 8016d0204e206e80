import { expect } from 'chai'
import { currentCallContext } from 'integrator-extension'
import { startTestServer, TOKEN, type TestServer } from '../support/test-server.js'

// The extension options a function sees (currentCallContext) are the request body without
// `options` and `access_token`, plus `_reqId` and `traceId` (src/express/function-call.ts).
describe('extension options as a function sees them', () => {
  let server: TestServer
  const seen: unknown[] = []
  before(async () => {
    server = await startTestServer({
      diy: {
        hooks: {
          look: () => {
            const ext = currentCallContext()?.extensionOptions as Record<string, unknown>
            seen.push({ keys: Object.keys(ext), proto: Object.getPrototypeOf(ext) === Object.prototype, json: JSON.stringify(ext) })
            return 'ok'
          },
        },
      },
    })
  })
  after(() => server.close())
  beforeEach(() => (seen.length = 0))

  /** The reference: rest and spread, as the route was first written. */
  const reference = (body: Record<string, unknown>, reqId: string, traceId: string | undefined) => {
    const { options: _o, access_token: _t, ...rest } = body
    const ext = { ...rest, _reqId: reqId, traceId }
    return { keys: Object.keys(ext), proto: true, json: JSON.stringify(ext) }
  }

  const rows: Array<[string, string, Record<string, string>]> = [
    ['a plain call', '{"diy":true,"type":"hook","function":"look","options":{"a":1}}', {}],
    [
      'the token in the body and a traceid',
      `{"access_token":"${TOKEN}","diy":true,"type":"hook","function":"look","maxResponseSize":99999,"options":{}}`,
      { traceid: 'tr-9' },
    ],
    ['keys named like the host fields', '{"_reqId":"mine","traceId":"mine","diy":true,"type":"hook","function":"look","options":{}}', {}],
    ['a "__proto__" key and numeric keys', '{"2":"two","__proto__":{"polluted":1},"1":"one","diy":true,"type":"hook","function":"look","options":{}}', {}],
  ]
  for (const [name, body, headers] of rows) {
    it(name, async () => {
      const response = await server.call(body, headers)
      expect(response.status).to.equal(200)
      const [got] = seen as Array<{ keys: string[]; json: string }>
      const reqId = (JSON.parse(got?.json ?? '{}') as { _reqId?: unknown })._reqId
      expect(reqId).to.match(/^[0-9a-f-]{36}$/)
      expect(got).to.deep.equal(reference(JSON.parse(body) as Record<string, unknown>, reqId as string, headers.traceid))
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined)
    })
  }
})
