import { expect } from 'chai'
import fc from 'fast-check'
import { startTestServer, TOKEN, type TestServer } from '../support/test-server.js'

const functions = {
  hooks: {
    echo: (options: unknown) => options,
    fail: () => {
      throw new Error('no')
    },
    nothing: () => undefined,
  },
  formInit: (options: unknown, callback: (e: unknown, r?: unknown) => void) => callback(null, options),
}

const DOCUMENTED = [200, 400, 401, 413, 415, 422]

const anyValue = fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.string(), fc.integer(), fc.constantFrom('__proto__', 'constructor', 'prototype'))
const protocolBody = fc
  .record(
    {
      diy: fc.oneof(fc.boolean(), anyValue),
      _connectorId: anyValue,
      type: fc.oneof(fc.constantFrom('hook', 'wrapper', 'setting', 'installer', '__proto__', 'constructor', 'hooks'), anyValue),
      function: fc.oneof(fc.constantFrom('echo', 'fail', 'nothing', 'formInit', 'constructor', 'toString', '__proto__'), anyValue),
      options: fc.oneof(fc.dictionary(fc.string(), fc.jsonValue()), anyValue),
      maxResponseSize: fc.oneof(fc.integer(), fc.double(), fc.string()),
      access_token: fc.oneof(fc.constant(TOKEN), fc.string()),
    },
    { requiredKeys: [] },
  )
  .chain((body) => fc.tuple(fc.constant(body), fc.boolean()))
  // a literal "__proto__" key cannot be written in an object literal: splice it into the text
  .map(([body, hostile]) =>
    hostile
      ? JSON.stringify(body).replace(/^\{/, '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},').replace(',}', '}')
      : JSON.stringify(body),
  )
const rawBody = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.jsonValue().map((v) => JSON.stringify(v) ?? ''),
  protocolBody.map((s) => s.slice(0, Math.max(0, s.length - 3))), // truncated JSON
)
const headers = fc.record({
  authorization: fc.constantFrom(`Bearer ${TOKEN}`, `bearer ${TOKEN}`, 'Bearer wrong', '', `Basic ${TOKEN}`),
  'content-type': fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'text/plain',
    'application/json; charset=utf-16',
    'application/x-www-form-urlencoded',
  ),
})

describe('property: any body gets a documented JSON answer, never a crash or a hang', function () {
  this.timeout(120_000)
  let server: TestServer
  before(async () => {
    server = await startTestServer({ diy: functions, bodyLimit: '64kb', callTimeout: 2000 })
  })
  after(() => server.close())

  it('3,000 generated requests against a real server', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(protocolBody, rawBody), headers, async (body, requestHeaders) => {
        const response = await fetch(`${server.url}/function`, {
          method: 'POST',
          headers: Object.fromEntries(Object.entries(requestHeaders).filter(([, v]) => v !== '')),
          body,
          signal: AbortSignal.timeout(5000), // a hang fails the property
        })
        const text = await response.text()
        expect(DOCUMENTED).to.include(response.status)
        if (response.status === 200 && text === '') return
        expect(response.headers.get('content-type')).to.match(/^application\/json/)
        const json = JSON.parse(text) as { errors?: Array<{ code: unknown; message: unknown }> }
        if (response.status !== 200) {
          expect(json.errors).to.be.an('array').that.is.not.empty
          for (const error of json.errors ?? []) {
            expect(error.code).to.be.a('string')
            expect(error.message).to.be.a('string')
          }
        }
      }),
      { numRuns: 3000 },
    )
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined)
    const alive = await server.call({ diy: true, type: 'hook', function: 'echo', options: { ok: 1 } })
    expect(alive.json).to.deep.equal({ ok: 1 })
  })
})
