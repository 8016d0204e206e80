import { expect } from 'chai'
import { startTestServer, type TestServer } from '../support/test-server.js'

const functions = { hooks: { echo: (options: unknown) => options } }
const invalidField = (message: string) => ({ errors: [{ code: 'invalid_field', message }] })

describe('bad input: a specific JSON error, and the host stays up', () => {
  let server: TestServer
  before(async () => {
    server = await startTestServer({ diy: functions })
  })
  after(() => server.close())
  afterEach(async () => {
    const alive = await server.call({ diy: true, type: 'hook', function: 'echo', options: { alive: true } })
    expect(alive.json, 'the host still serves').to.deep.equal({ alive: true })
  })

  const call = (extra: object) => ({ diy: true, type: 'hook', function: 'echo', options: {}, ...extra })

  const rows: Array<[string, unknown, number, unknown]> = [
    ['function: 5', call({ function: 5 }), 422, invalidField('The function field in the extension options must be of type string.')],
    ['options: "x"', call({ options: 'x' }), 422, invalidField('Function options must be a JSON object.')],
    ['options: [1]', call({ options: [1] }), 422, invalidField('Function options must be a JSON object.')],
    ['type: 7', call({ type: 7 }), 422, invalidField('The type field in the extension options must be of type string.')],
    [
      'maxResponseSize: -1',
      call({ maxResponseSize: -1 }),
      422,
      invalidField('The maxResponseSize field in the extension options must be a positive integer (bytes).'),
    ],
    [
      'maxResponseSize: "big"',
      call({ maxResponseSize: 'big' }),
      422,
      invalidField('The maxResponseSize field in the extension options must be a positive integer (bytes).'),
    ],
    [
      'maxResponseSize: 1.5',
      call({ maxResponseSize: 1.5 }),
      422,
      invalidField('The maxResponseSize field in the extension options must be a positive integer (bytes).'),
    ],
    ['a string body', '"just a string"', 400, { errors: [{ code: 'invalid_body', message: 'The request body must be a JSON object.' }] }],
    ['a null body', 'null', 400, { errors: [{ code: 'invalid_body', message: 'The request body must be a JSON object.' }] }],
  ]
  for (const [row, body, status, expected] of rows) {
    it(`${row} → ${status}`, async () => {
      const response = await server.call(body)
      expect(response.status).to.equal(status)
      expect(response.json).to.deep.equal(expected)
    })
  }

  it('an unsupported charset → 415 in the errors shape', async () => {
    const response = await server.call(call({}), { 'content-type': 'application/json; charset=klingon' })
    expect(response.status).to.equal(415)
    expect((response.json as { errors: Array<{ code: string }> }).errors[0]?.code).to.equal('unsupported_encoding')
  })

  it('__proto__, constructor and prototype keys anywhere never pollute the host', async () => {
    const hostile =
      '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"diy":true,"type":"hook","function":"echo",' +
      '"options":{"__proto__":{"polluted":"yes"},"a":{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}},"prototype":{"polluted":"yes"}}}'
    const response = await server.call(hostile)
    expect(response.status).to.equal(200)
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined)
    expect((Object.prototype as Record<string, unknown>).polluted).to.equal(undefined)
    expect(response.text).to.contain('"__proto__":{"polluted":"yes"}')
  })

  it('__proto__ as the function or type name → the protocol error, not an inherited member', async () => {
    expect((await server.call(call({ function: '__proto__' }))).status).to.equal(422)
    expect((await server.call(call({ type: '__proto__' }))).status).to.equal(422)
  })

  it('deeply nested JSON (100,000 levels) → a JSON error, no stack overflow', async () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000)
    const response = await server.call(`{"diy":true,"type":"hook","function":"echo","options":{"deep":${deep}}}`)
    expect(response.status).to.equal(422)
    expect(response.json).to.deep.equal({ errors: [{ code: 'invalid_extension_response', message: 'Extension response is not serializable.' }] })
  })

  it('a huge string (20 MB) round-trips within the limits', async () => {
    const huge = 'é'.repeat(10 * 1024 * 1024)
    const response = await server.call(call({ options: { huge }, maxResponseSize: 30 * 1024 * 1024 }))
    expect(response.status).to.equal(200)
    expect((response.json as { huge: string }).huge === huge).to.equal(true)
  })

  it('unicode edge cases round-trip: astral, combining, RTL, NUL, BOM, lone surrogates', async () => {
    const strings = ['😀𝄞', 'e\u0301', 'שלום', 'a\u0000b', '\uFEFFbom', '\uD800', '\uDFFF', '\u2028\u2029']
    const response = await server.call(call({ options: { strings } }))
    expect(response.status).to.equal(200)
    expect((response.json as { strings: string[] }).strings).to.deep.equal(strings)
  })

  it('a body starting with a UTF-8 BOM is accepted', async () => {
    const response = await server.call('\uFEFF' + JSON.stringify(call({ options: { v: 1 } })))
    expect(response.status).to.equal(200)
  })
})
