import type { Context } from 'aws-lambda'
import { expect } from 'chai'
import { bootstrap, UnresolvedDependencyError, type Class, type Logger } from 'integrator-extension'
import path from 'node:path'
import { postFunction } from '../support/post-function.js'
import { TOKEN } from '../support/test-server.js'
import { bundle, bundleSample } from './bundle-sample.js'

// The same decorated app (samples/standard-decorators, samples/legacy-decorators), built each way a
// TypeScript project may be built, bootstrapped and served on every host with the same answers.

interface SampleModules {
  readonly SharedModule: Class
  readonly ConnectorApp: Class
  readonly DiyApp: Class
}

const root = path.resolve(__dirname, '../../..')
const built = (sample: string): SampleModules => require(path.join(root, 'build/samples', sample, 'app.module.js')) as SampleModules

const builds: ReadonlyArray<{ name: string; mode: 'standard' | 'legacy'; load: () => Promise<SampleModules> }> = [
  { name: 'tsc, experimentalDecorators off: standard decorators, inject()', mode: 'standard', load: async () => built('standard-decorators') },
  {
    name: 'tsc, experimentalDecorators + emitDecoratorMetadata: legacy decorators, constructor injection by type, @Inject and inject()',
    mode: 'legacy',
    load: async () => built('legacy-decorators'),
  },
  {
    name: 'esbuild bundling the .ts, its tsconfig: standard decorators, no metadata, inject()',
    mode: 'standard',
    load: () => bundleSample('standard-decorators', 'standard'),
  },
  {
    name: 'esbuild bundling the .ts, experimentalDecorators on: legacy decorators, no metadata, inject()',
    mode: 'legacy',
    load: () => bundleSample('standard-decorators', 'legacy'),
  },
]

const quiet: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined }
const orders = [
  { id: 'o1', total: 5 },
  { id: 'o2', total: -1 },
]
const tagged = { data: { id: 'o1', total: 5, tag: 'tag-o1' } }
const calls: ReadonlyArray<{ app: keyof SampleModules; extensionOptions: Record<string, unknown>; options: Record<string, unknown>; answer: unknown }> = [
  { app: 'ConnectorApp', extensionOptions: { _connectorId: 'shop', type: 'hook', function: 'preMap' }, options: { data: [orders[0]] }, answer: [tagged] },
  { app: 'ConnectorApp', extensionOptions: { _connectorId: 'shop', type: 'wrapper', function: 'pingConnection' }, options: {}, answer: { statusCode: 200 } },
  {
    app: 'DiyApp',
    extensionOptions: { diy: true, type: 'hook', function: 'preMap' },
    options: { data: orders },
    answer: [tagged, { errors: [{ code: 'negative_total', message: 'Order o2 has a negative total.' }] }],
  },
]

describe('toolchains: the same decorated app, built by tsc (both decorator modes) and esbuild (both modes), answers alike on every host', function () {
  this.timeout(60_000)

  for (const build of builds) {
    describe(build.name, () => {
      let modules: SampleModules
      before(async () => {
        modules = await build.load()
      })

      it(`was compiled as ${build.mode} decorators`, () => {
        // Standard decorators leave their record in the class's own [Symbol.metadata]; legacy ones in reflect-metadata.
        const symbolMetadata = (Symbol as { metadata?: symbol }).metadata as symbol
        expect(Object.hasOwn(modules.ConnectorApp, symbolMetadata)).to.equal(build.mode === 'standard')
      })

      it('invoke()', async () => {
        for (const call of calls) {
          const app = bootstrap(modules[call.app], { logger: quiet })
          expect(
            await app.invoke(call.extensionOptions as never, call.options as never),
            `${call.app} ${String(call.extensionOptions.function)}`,
          ).to.deep.equal(call.answer)
          await app.close()
        }
      })

      it('Express (POST /function on 127.0.0.1)', async () => {
        for (const call of calls) {
          const server = await bootstrap(modules[call.app], { logger: quiet }).express({
            systemToken: TOKEN,
            port: 0,
            host: '127.0.0.1',
            shutdownOnSignals: false,
          })
          try {
            const response = await postFunction(`http://127.0.0.1:${server.port}`, { ...call.extensionOptions, options: call.options })
            expect(response.status).to.equal(200)
            expect(response.json).to.deep.equal(call.answer)
          } finally {
            await server.close()
          }
        }
      })

      it('the Lambda handler', async () => {
        for (const call of calls) {
          const handler = bootstrap(modules[call.app], { logger: quiet }).lambda({ logger: quiet })
          const context = { clientContext: call.extensionOptions, awsRequestId: 'toolchains' } as unknown as Context
          expect(await handler(call.options, context)).to.deep.equal(call.answer)
        }
      })
    })
  }

  it('esbuild on constructor injection by type: bootstrap() names the real cause (no decorator metadata) and both fixes', async () => {
    const modules = await bundleSample<SampleModules>('legacy-decorators', 'legacy')
    expect(() => bootstrap(modules.ConnectorApp, { logger: quiet }))
      .to.throw(UnresolvedDependencyError)
      .with.property('message')
      .that.matches(
        /^ShopConnector's constructor takes 1 parameter\(s\) but no types were recorded for them: the compiler emitted no decorator metadata \(esbuild, tsx, swc and vitest never do;/,
      )
      .and.matches(/inject\(TOKEN\)/)
      .and.matches(/"emitDecoratorMetadata": true/)
  })

  it('esbuild, legacy decorators, no metadata: constructor parameters that each name their @Inject(token) still work', async () => {
    const modules = await bundle<{ ConnectorApp: Class }>('test/toolchains/fixtures/inject-token-only.ts', 'esbuild-inject-token-only.js', 'legacy')
    const app = bootstrap(modules.ConnectorApp, { logger: quiet })
    expect(await app.invoke({ _connectorId: 'c', type: 'hook', function: 'run' } as never, {} as never)).to.deep.equal({ url: 'u', missing: 'none' })
  })
})
