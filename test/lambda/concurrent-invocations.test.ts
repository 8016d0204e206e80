import { expect } from 'chai'
import { setTimeout as sleep } from 'node:timers/promises'
import type { Context } from 'aws-lambda'
import { bootstrap, currentCallContext, Diy, ExtensionContext, Hook, Injectable, lambda, Module } from 'integrator-extension'
import { CaptureLogger } from '../support/capture-logger.js'

// Lambda Managed Instances run several invocations at once in one process: one handler, many
// calls in flight. Each must see only its own options, request id and deadline.

const context = (awsRequestId: string, remainingMs = 60_000) =>
  ({ awsRequestId, clientContext: { diy: true, type: 'hook', function: 'whoAmI' }, getRemainingTimeInMillis: () => remainingMs }) as unknown as Context

const plainHooks = {
  async whoAmI(options: { id: string; delayMs: number }) {
    const before = currentCallContext()?.requestId
    await sleep(options.delayMs)
    return { id: options.id, before, after: currentCallContext()?.requestId }
  },
}

/** A singleton that reads the current call: it must never see another invocation's. */
@Injectable()
class Tagger {
  constructor(private readonly call: ExtensionContext) {}
  async tag(delayMs: number): Promise<{ before: string | undefined; after: string | undefined }> {
    const before = this.call.requestId
    await sleep(delayMs)
    return { before, after: this.call.requestId }
  }
}

@Diy()
class Integration {
  constructor(private readonly tagger: Tagger) {}
  @Hook() async whoAmI(options: { id: string; delayMs: number }) {
    return { id: options.id, ...(await this.tagger.tag(options.delayMs)) }
  }
}

@Module({ diy: Integration, providers: [Tagger] })
class AppModule {}

const variants = [
  ['the plain API', (logger: CaptureLogger) => lambda.createHandler({ diy: { hooks: plainHooks }, logger, catchProcessFaults: false })],
  ['the decorated API', (logger: CaptureLogger) => bootstrap(AppModule, { logger }).lambda({ logger })],
] as const

describe('Lambda: concurrent invocations in one process (Managed Instances)', () => {
  for (const [api, makeHandler] of variants) {
    it(`${api}: 100 overlapping invocations each get their own result, request id and log line`, async () => {
      const logger = new CaptureLogger()
      const handler = makeHandler(logger)
      const results = await Promise.all(Array.from({ length: 100 }, (_, i) => handler({ id: `call-${i}`, delayMs: (i * 7) % 13 }, context(`req-${i}`))))
      for (const [i, result] of results.entries()) expect(result).to.deep.equal({ id: `call-${i}`, before: `req-${i}`, after: `req-${i}` })
      const logged = logger.lines.filter((line) => line.meta?.awsRequestId !== undefined).map((line) => line.meta?.awsRequestId)
      expect(new Set(logged)).to.have.property('size', 100)
    })
  }

  it("one invocation's deadline cuts only that invocation", async () => {
    const handler = lambda.createHandler({ diy: { hooks: plainHooks }, logger: new CaptureLogger(), catchProcessFaults: false })
    // 600 ms left: the host stops 500 ms before the deadline, so a 300 ms call is cut at ~100 ms.
    const short = handler({ id: 'short', delayMs: 300 }, context('req-short', 600)).then(
      () => 'answered',
      (error: Error) => JSON.parse(error.message) as unknown,
    )
    const others = Array.from({ length: 10 }, (_, i) => handler({ id: `long-${i}`, delayMs: 300 }, context(`req-long-${i}`)))
    expect(await short).to.have.nested.property('errors[0].code', 'function_timeout')
    const answered = await Promise.all(others)
    for (const [i, result] of answered.entries()) expect(result).to.deep.equal({ id: `long-${i}`, before: `req-long-${i}`, after: `req-long-${i}` })
  })
})
