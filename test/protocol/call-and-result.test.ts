import { expect } from 'chai'
import type { Callback } from 'integrator-extension'
import { startTestServer, type TestServer } from '../support/test-server.js'

class CodedError extends Error {
  code = 'my_code'
}
class Money {
  constructor(readonly amount: number) {}
}
const cyclic: Record<string, unknown> = { a: 1 }
cyclic.self = cyclic

const hooks = {
  // callback style
  cbOk: (options: { x: number }, callback: Callback) => callback(null, { doubled: options.x * 2 }),
  cbError: (_o: unknown, callback: Callback) => callback(new CodedError('callback failed')),
  cbPlainError: (_o: unknown, callback: Callback) => callback({ code: 'plain_code', message: 'plain object error' }),
  cbLater: (_o: unknown, callback: Callback) => setTimeout(() => callback(null, 'later'), 10),
  cbTwice: (_o: unknown, callback: Callback) => {
    callback(null, 'first')
    callback(null, 'second')
  },
  cbAsyncThrows: async (_o: unknown, _callback: Callback) => {
    throw new TypeError('async callback-style threw')
  },
  // value and promise style
  value: () => ({ plain: true }),
  promise: async () => [1, 2, 3],
  throws: () => {
    throw new RangeError('sync throw')
  },
  rejects: async () => {
    throw new Error('rejected')
  },
  never: () => new Promise(() => undefined),
  cbNever: (_o: unknown, _callback: Callback) => undefined,
  cbTooLate: (_o: unknown, callback: Callback) => setTimeout(() => callback(null, 'too late'), 400),
  // results
  undefinedResult: () => undefined,
  nullResult: () => null,
  date: () => new Date(0),
  nestedDate: () => ({ records: [{ at: new Date(0) }] }),
  error: () => new Error('returned, not thrown'),
  instance: () => new Money(5),
  cycle: () => cyclic,
  fn: () => ({ f: () => 1 }),
  throwingGetter: () => ({
    get total(): number {
      throw new Error('no total')
    },
  }),
  throwingProxy: () =>
    new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no keys')
        },
      },
    ),
  sized: (options: { n: number }) => 'x'.repeat(options.n), // JSON length n + 2
  dates: (options: Record<string, unknown>) => ({
    last: options.lastExportDateTime instanceof Date ? (options.lastExportDateTime as Date).toISOString() : 'not a date',
    current: options.currentExportDateTime instanceof Date ? (options.currentExportDateTime as Date).toISOString() : 'not a date',
  }),
  // What the function received: a Date as its ISO text (or 'Invalid Date'), anything else as it is.
  datesAsSeen: (options: Record<string, unknown>) =>
    Object.fromEntries(
      ['lastExportDateTime', 'currentExportDateTime'].map((field) => {
        const value = options[field]
        return [field, value instanceof Date ? { date: Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString() } : { value }]
      }),
    ),
}

const call = (fn: string, options: object = {}, extra: object = {}) => ({ diy: true, type: 'hook', function: fn, options, ...extra })

describe('protocol.md §2: calling functions and checking results (Express, real HTTP)', () => {
  let server: TestServer
  before(async () => {
    server = await startTestServer({ diy: { hooks }, callTimeout: 300 })
  })
  after(() => server.close())

  const ok: Array<[string, string, object, unknown]> = [
    ['callback style', 'cbOk', { x: 21 }, { doubled: 42 }],
    ['callback style, answering later', 'cbLater', {}, 'later'],
    ['returned value', 'value', {}, { plain: true }],
    ['returned promise (async function)', 'promise', {}, [1, 2, 3]],
    ['null result is answered as null', 'nullResult', {}, null],
  ]
  for (const [row, fn, options, expected] of ok) {
    it(`${row} → 200 with the result`, async () => {
      const response = await server.call(call(fn, options))
      expect(response.status).to.equal(200)
      expect(response.headers.get('content-type')).to.match(/^application\/json/)
      expect(response.json).to.deep.equal(expected)
    })
  }

  it('an undefined result → 200 with an empty body', async () => {
    const response = await server.call(call('undefinedResult'))
    expect(response.status).to.equal(200)
    expect(response.text).to.equal('')
  })

  const failures: Array<[string, string, { code: string; message: string }]> = [
    ['callback error with a code', 'cbError', { code: 'my_code', message: 'callback failed' }],
    ['callback error as a plain {code, message} object', 'cbPlainError', { code: 'plain_code', message: 'plain object error' }],
    ['synchronous throw: code falls back to the name', 'throws', { code: 'RangeError', message: 'sync throw' }],
    ['rejected promise, plain Error → code "Error"', 'rejects', { code: 'Error', message: 'rejected' }],
    ['async callback-style function that throws', 'cbAsyncThrows', { code: 'TypeError', message: 'async callback-style threw' }],
  ]
  for (const [row, fn, error] of failures) {
    it(`${row} → 422 with only code and message`, async () => {
      const response = await server.call(call(fn))
      expect(response.status).to.equal(422)
      expect(response.json).to.deep.equal({ errors: [error] })
    })
  }

  const notSerializable = { code: 'invalid_extension_response', message: 'Extension response is not serializable.' }
  for (const fn of ['date', 'nestedDate', 'error', 'instance', 'cycle', 'fn', 'throwingGetter', 'throwingProxy']) {
    it(`a result that is not plain JSON data (${fn}) → invalid_extension_response`, async () => {
      const response = await server.call(call(fn))
      expect(response.status).to.equal(422)
      expect(response.json).to.deep.equal({ errors: [notSerializable] })
    })
  }

  it('the serializability check comes before the size check', async () => {
    const response = await server.call(call('nestedDate', {}, { maxResponseSize: 1 }))
    expect(response.json).to.deep.equal({ errors: [notSerializable] })
  })

  it('maxResponseSize: a result exactly at the limit passes, one character more fails', async () => {
    const at = await server.call(call('sized', { n: 98 }, { maxResponseSize: 100 }))
    expect(at.status).to.equal(200)
    expect((at.json as string).length).to.equal(98)
    const over = await server.call(call('sized', { n: 99 }, { maxResponseSize: 100 }))
    expect(over.status).to.equal(422)
    expect(over.json).to.deep.equal({ errors: [{ code: 'response_size_exceeded', message: 'response stream exceeded limit of 100 bytes.' }] })
  })

  it('maxResponseSize defaults to 5 MiB (5242880)', async () => {
    const at = await server.call(call('sized', { n: 5242880 - 2 }))
    expect(at.status).to.equal(200)
    const over = await server.call(call('sized', { n: 5242880 - 1 }))
    expect(over.json).to.deep.equal({
      errors: [{ code: 'response_size_exceeded', message: 'response stream exceeded limit of 5242880 bytes.' }],
    })
  })

  it('lastExportDateTime and currentExportDateTime reach the function as Dates', async () => {
    const response = await server.call(call('dates', { lastExportDateTime: '2026-01-02T03:04:05.000Z', currentExportDateTime: '2026-02-03T04:05:06.000Z' }))
    expect(response.json).to.deep.equal({ last: '2026-01-02T03:04:05.000Z', current: '2026-02-03T04:05:06.000Z' })
  })

  it("epoch milliseconds reach the function as Dates; falsy values (0, '', null) stay as they are", async () => {
    const ms = Date.UTC(2026, 0, 2, 3, 4, 5)
    expect((await server.call(call('datesAsSeen', { lastExportDateTime: ms, currentExportDateTime: 0 }))).json).to.deep.equal({
      lastExportDateTime: { date: '2026-01-02T03:04:05.000Z' },
      currentExportDateTime: { value: 0 },
    })
    expect((await server.call(call('datesAsSeen', { lastExportDateTime: '', currentExportDateTime: null }))).json).to.deep.equal({
      lastExportDateTime: { value: '' },
      currentExportDateTime: { value: null },
    })
  })

  it('a function that calls back twice: the first answer wins and the second is logged', async () => {
    const response = await server.call(call('cbTwice'))
    expect(response.json).to.equal('first')
    await new Promise((resolve) => setTimeout(resolve, 20))
    const warning = server.logger.lines.find((l) => l.level === 'warn' && l.message.includes('cbTwice'))
    expect(warning, 'a warning naming the function').to.not.equal(undefined)
  })

  for (const fn of ['never', 'cbNever']) {
    it(`a function that never settles (${fn}) → 422 function_timeout after callTimeout, not a hung socket`, async () => {
      const response = await server.call(call(fn))
      expect(response.status).to.equal(422)
      expect(response.json).to.deep.equal({
        errors: [{ code: 'function_timeout', message: `The function ${fn} did not finish within 300 ms.` }],
      })
    })
  }

  it('an answer after the timeout is logged as late, not as a second answer', async () => {
    const response = await server.call(call('cbTooLate'))
    expect((response.json as { errors: Array<{ code: string }> }).errors[0]?.code).to.equal('function_timeout')
    await new Promise((resolve) => setTimeout(resolve, 200))
    const warning = server.logger.lines.find((l) => l.level === 'warn' && l.message.includes('cbTooLate'))
    expect(warning?.message).to.equal('Function cbTooLate answered after its timeout; the timeout error was sent.')
  })

  it('keeps serving after every kind of failure', async () => {
    for (const fn of ['throws', 'rejects', 'cbError', 'cycle', 'never']) await server.call(call(fn))
    const response = await server.call(call('cbOk', { x: 1 }))
    expect(response.json).to.deep.equal({ doubled: 2 })
  })
})
