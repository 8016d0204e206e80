import { expect } from 'chai'
import { setTimeout as sleep } from 'node:timers/promises'
import { bootstrap, Connector, ExtensionContext, Hook, Injectable, Module, NoCallContextError, type OnInit } from 'integrator-extension'
import { CaptureLogger } from '../support/capture-logger.js'
import { postFunction } from '../support/post-function.js'
import { TOKEN } from '../support/test-server.js'

/** An integrator.io API client: a singleton that authenticates with the current call's token. */
@Injectable()
class IntegratorApi {
  constructor(private readonly context: ExtensionContext) {}
  async whoAmI(delayMs: number): Promise<{ before: string | undefined; after: string | undefined; integration: string | undefined }> {
    const before = this.context.bearerToken
    await sleep(delayMs)
    await Promise.resolve()
    return { before, after: this.context.bearerToken, integration: this.context.integrationId }
  }
}

@Connector('api')
class ApiConnector {
  constructor(
    private readonly api: IntegratorApi,
    private readonly context: ExtensionContext,
  ) {}
  @Hook() async whoAmI(options: { delayMs: number }) {
    this.context.logger.info('asking who I am', { step: 1 })
    const context = this.context
    return {
      ...(await this.api.whoAmI(options.delayMs)),
      requestId: context.requestId,
      fn: context.functionName,
      connector: context.connectorId,
      trace: context.traceId,
    }
  }
}

@Module({ connectors: [ApiConnector], providers: [IntegratorApi] })
class AppModule {}

const call = { _connectorId: 'api', type: 'hook', function: 'whoAmI' }

describe('ExtensionContext: the current call, injected', () => {
  it('100 interleaved calls with different bearer tokens each see only their own', async () => {
    const app = bootstrap(AppModule, { logger: new CaptureLogger() })
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => app.invoke(call, { bearerToken: `token-${i}`, _integrationId: `integration-${i}`, delayMs: (i * 7) % 13 })),
    )
    results.forEach((result, i) => {
      expect(result).to.include({ before: `token-${i}`, after: `token-${i}`, integration: `integration-${i}`, fn: 'whoAmI', connector: 'api' })
    })
    const requestIds = new Set(results.map((r) => (r as { requestId: string }).requestId))
    expect(requestIds.size).to.equal(100)
  })

  it('over HTTP too, with the request and trace ids of each request', async () => {
    const server = await bootstrap(AppModule, { logger: new CaptureLogger() }).express({ systemToken: TOKEN, port: 0, host: '127.0.0.1' })
    try {
      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          postFunction(`http://127.0.0.1:${server.port}`, { ...call, options: { bearerToken: `http-${i}`, delayMs: (i * 5) % 11 } }, undefined, {
            traceid: `trace-${i}`,
          }),
        ),
      )
      for (const [i, response] of responses.entries()) expect(response.json).to.include({ before: `http-${i}`, after: `http-${i}`, trace: `trace-${i}` })
      expect(new Set(responses.map((r) => (r.json as { requestId: string }).requestId)).size).to.equal(20)
    } finally {
      await server.close()
    }
  })

  it("its logger adds the call's fields to each line", async () => {
    const logger = new CaptureLogger()
    await bootstrap(AppModule, { logger }).invoke(call, { bearerToken: 'secret', _integrationId: 'i-1', _flowId: 'f-1', delayMs: 0 })
    const line = logger.lines.find((l) => l.message === 'asking who I am')
    expect(line?.meta).to.include({ connector: 'api', type: 'hook', function: 'whoAmI', _integrationId: 'i-1', _flowId: 'f-1', step: 1 })
    expect(line?.meta?.requestId).to.be.a('string')
    expect(logger.text()).to.not.contain('secret')
  })

  it('outside a call: `active` is false and reading call data throws NoCallContextError', async () => {
    let seen: { active: boolean; error: unknown } | undefined
    @Injectable()
    class Warmup implements OnInit {
      constructor(private readonly context: ExtensionContext) {}
      onInit() {
        let error: unknown
        try {
          void this.context.bearerToken
        } catch (e) {
          error = e
        }
        seen = { active: this.context.active, error }
      }
    }
    @Connector('w')
    class Uses {
      constructor(readonly warmup: Warmup) {}
    }
    @Module({ connectors: [Uses], providers: [Warmup] })
    class App {}
    await bootstrap(App).init()
    expect(seen?.active).to.equal(false)
    expect(seen?.error).to.be.instanceOf(NoCallContextError)
    expect((seen?.error as Error | undefined)?.message).to.equal(
      'ExtensionContext.bearerToken was read outside an extension call. Read it while a function runs (in a method a decorated ' +
        'function calls), not in a constructor or onInit(); check ExtensionContext.active first if code runs both ways.',
    )
  })
})
