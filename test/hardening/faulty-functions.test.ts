import { expect } from 'chai'
import { startChildHost, type ChildHost } from '../support/child-host.js'
import { faultyFunctions } from '../lambda/fault-cases.js'
import { startTestServer, TOKEN, type TestServer } from '../support/test-server.js'

const functions = {
  hooks: {
    slowEcho: (options: { id: string; ms: number }) => new Promise((resolve) => setTimeout(() => resolve({ id: options.id }), options.ms)),
    huge: () => ({ data: Array.from({ length: 1000 }, () => 'x'.repeat(100 * 1024)) }), // ~100 MB
    block: () => {
      const until = Date.now() + 1000
      while (Date.now() < until) {
        // blocks the event loop for a second
      }
      return 'unblocked'
    },
  },
}
const call = (fn: string, options: object = {}) => ({ diy: true, type: 'hook', function: fn, options })

describe('faulty functions never take the host down', () => {
  let server: TestServer
  before(async () => {
    server = await startTestServer({ diy: functions, callTimeout: 5000 })
  })
  after(() => server.close())

  it('a 100 MB result → response_size_exceeded without serializing it', async function () {
    this.timeout(30_000)
    global.gc?.()
    const before = process.memoryUsage().heapUsed
    const response = await server.call(call('huge'))
    expect(response.status).to.equal(422)
    expect(response.json).to.deep.equal({ errors: [{ code: 'response_size_exceeded', message: 'response stream exceeded limit of 5242880 bytes.' }] })
    // The result itself (~100 MB of strings, shared) is what the function made; no second copy as JSON text.
    const growth = process.memoryUsage().heapUsed - before
    expect(growth).to.be.lessThan(150 * 1024 * 1024)
  })

  it('a function that blocks the event loop for a second delays other calls but they are answered', async function () {
    this.timeout(10_000)
    const others = Array.from({ length: 10 }, (_, i) => server.call(call('slowEcho', { id: `b${i}`, ms: 10 })))
    const blocked = server.call(call('block'))
    const [blockedAnswer, ...answers] = await Promise.all([blocked, ...others])
    expect(blockedAnswer?.json).to.equal('unblocked')
    expect(answers.map((a) => a.json)).to.deep.equal(Array.from({ length: 10 }, (_, i) => ({ id: `b${i}` })))
  })
})

describe('unreadable errors and results: 422 with a protocol body, never 500', () => {
  let server: TestServer
  before(async () => {
    server = await startTestServer({ diy: faultyFunctions, callTimeout: 5000 })
  })
  after(() => server.close())
  const unreadable = 'The function failed with a value whose message cannot be read.'
  for (const [fn, errors] of [
    ['throwsCodeGetter', [{ code: 'Error', message: 'its code cannot be read' }]],
    ['throwsUnconvertibleMessage', [{ code: 'odd_message', message: unreadable }]],
    ['throwsProxy', [{ code: 'Error', message: unreadable }]],
    ['resultProxy', [{ code: 'invalid_extension_response', message: 'Extension response is not serializable.' }]],
  ] as const) {
    it(fn, async () => {
      const response = await server.call(call(fn))
      expect({ status: response.status, json: response.json }).to.deep.equal({ status: 422, json: { errors } })
    })
  }

  it('a result reusing sub-objects through 30 levels (2^30 leaves) → 422 response_size_exceeded, not a walk of every leaf', async function () {
    this.timeout(5000) // ~20 ms measured; walking every leaf takes minutes
    const response = await server.call(call('sharedLevels'))
    expect({ status: response.status, json: response.json }).to.deep.equal({
      status: 422,
      json: { errors: [{ code: 'response_size_exceeded', message: 'response stream exceeded limit of 5242880 bytes.' }] },
    })
    const withDate = await server.call(call('sharedLevels', { dateAfter: true }))
    expect(withDate.json).to.deep.equal({ errors: [{ code: 'invalid_extension_response', message: 'Extension response is not serializable.' }] })
  })
})

describe("faults outside a call's own stack (a whole process: mocha would catch them in-process)", function () {
  this.timeout(20_000)
  let host: ChildHost
  before(async () => {
    host = await startChildHost()
  })
  after(async () => {
    host.child.kill('SIGKILL')
    await host.exited
  })
  const post = (body: object) =>
    fetch(`${host.url}/function`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then(async (r) => ({ status: r.status, json: (await r.json()) as unknown }))

  for (const [fn, message] of [
    ['throwInTimer', 'thrown in a timer'],
    ['rejectInTimer', 'rejected in a timer'],
  ] as const) {
    it(`${fn}: fails the call that owns it; calls in flight get their own answers; the process lives`, async () => {
      const inFlight = Array.from({ length: 5 }, (_, i) => post(call('slowEcho', { id: `f${i}`, ms: 80 })))
      const faulty = await post(call(fn))
      expect(faulty).to.deep.equal({ status: 422, json: { errors: [{ code: 'Error', message }] } })
      const answers = await Promise.all(inFlight)
      expect(answers.map((a) => a.json)).to.deep.equal([0, 1, 2, 3, 4].map((i) => ({ id: `f${i}` })))
      expect(host.output()).to.contain('faulted outside its call')
    })
  }

  for (const [name, message] of [
    ['nullPrototype', ''],
    ['nullPrototypeMessage', 'The function failed with a value whose message cannot be read.'],
    ['proxy', 'The function failed with a value whose message cannot be read.'],
  ] as const) {
    it(`a timer throws a value String() cannot convert (${name}): that call gets 422, the others their answers, the process lives`, async () => {
      const inFlight = Array.from({ length: 3 }, (_, i) => post(call('slowEcho', { id: `u${i}`, ms: 80 })))
      const faulty = await post(call(`timerThrows_${name}`))
      expect(faulty).to.deep.equal({ status: 422, json: { errors: [{ code: 'Error', message }] } })
      expect((await Promise.all(inFlight)).map((a) => a.json)).to.deep.equal([0, 1, 2].map((i) => ({ id: `u${i}` })))
      expect((await post(call('slowEcho', { id: 'after', ms: 1 }))).json).to.deep.equal({ id: 'after' })
      expect(host.child.exitCode).to.equal(null)
    })
  }

  it('a fault no call owns is logged and the host keeps serving', async () => {
    expect((await post(call('throwOutsideCalls'))).json).to.equal('scheduled')
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(host.output()).to.contain('uncaught fault outside any running call')
    expect((await post(call('slowEcho', { id: 'after', ms: 1 }))).json).to.deep.equal({ id: 'after' })
    expect(host.child.exitCode).to.equal(null)
  })
})
