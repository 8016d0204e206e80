import { expect } from 'chai'
import type { Context } from 'aws-lambda'
import { lambda } from 'integrator-extension'

const quiet = { info() {}, warn() {}, error() {} }
const busy = (ms: number): void => {
  const until = Date.now() + ms
  while (Date.now() < until) {
    // the function's synchronous part
  }
}
const hooks = {
  answersAtOnce: (_options: unknown, callback: (error: unknown, value: unknown) => void) => callback(null, { data: [] }),
  busyThenNever: () => {
    busy(60)
    return new Promise(() => {})
  },
  busyPastTimeout: () => {
    busy(120)
    return new Promise(() => {})
  },
}
const invoke = (name: string, callTimeout: number) =>
  lambda.createHandler({ diy: { hooks }, callTimeout, logger: quiet, catchProcessFaults: false })({ data: [] }, {
    awsRequestId: 'timer-test',
    clientContext: { diy: true, type: 'hook', function: name },
  } as unknown as Context)

/** Runs `body`, recording the delay of every timer set meanwhile. */
async function timersSetDuring(body: () => Promise<unknown>): Promise<{ delays: number[]; outcome: unknown }> {
  const original = globalThis.setTimeout
  const delays: number[] = []
  globalThis.setTimeout = ((fn: (...args: unknown[]) => void, ms?: number, ...rest: unknown[]) => {
    delays.push(ms ?? 0)
    return original(() => fn(...rest), ms)
  }) as typeof setTimeout
  try {
    const outcome = await body().catch((error: Error) => JSON.parse(error.message) as unknown)
    return { delays, outcome }
  } finally {
    globalThis.setTimeout = original
  }
}

describe('call timeout: a timer only for a call still running after its synchronous part', () => {
  it('a function that answers synchronously sets no timer', async () => {
    const { delays, outcome } = await timersSetDuring(() => invoke('answersAtOnce', 300))
    expect(outcome).to.deep.equal({ data: [] })
    expect(delays).to.deep.equal([])
  })

  it('a function still running gets a timer for what is left of its time, and times out', async () => {
    const { delays, outcome } = await timersSetDuring(() => invoke('busyThenNever', 300))
    expect(delays).to.have.length(1)
    // 60 ms of Date.now() ticks is at least 59 ms of the monotonic clock the call measures with.
    expect(delays[0])
      .to.be.at.most(300 - 59)
      .and.at.least(0)
    expect(outcome).to.deep.equal({
      statusCode: 422,
      errors: [{ code: 'function_timeout', message: 'The function busyThenNever did not finish within 300 ms.' }],
    })
  })

  it('a synchronous part longer than the timeout times out at once', async () => {
    const { delays, outcome } = await timersSetDuring(() => invoke('busyPastTimeout', 50))
    expect(delays).to.deep.equal([0])
    expect((outcome as { errors: Array<{ code: string }> }).errors[0]?.code).to.equal('function_timeout')
  })
})
