// Per-call cost of a decorated function against the same plain function, side by side in one
// process: through the dispatch core (what every host runs) and through the Lambda handler.
// Rounds alternate between the two so that drift and GC hit both alike; medians are reported.
import type { Context } from 'aws-lambda'
import { bootstrap, Dispatcher, lambda } from 'integrator-extension'
import { BenchModule, CONNECTOR_ID, plainModule } from './apps.js'

const ROUNDS = 15
const CALLS = 20_000
const quiet = { info: () => undefined, warn: () => undefined, error: (m: string) => console.error(m) }

type Call = (fn: string) => Promise<unknown>

async function timeRound(call: Call, fn: string): Promise<number> {
  const started = process.hrtime.bigint()
  for (let i = 0; i < CALLS; i++) await call(fn)
  return Number(process.hrtime.bigint() - started) / CALLS
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number

async function compare(title: string, plain: Call, decorated: Call, fn: string): Promise<void> {
  for (let i = 0; i < 2_000; i++) {
    await plain(fn)
    await decorated(fn)
  }
  const plainNs: number[] = []
  const decoratedNs: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    // alternate which goes first, so neither always runs right after a GC the other caused
    if (round % 2 === 0) {
      plainNs.push(await timeRound(plain, fn))
      decoratedNs.push(await timeRound(decorated, fn))
    } else {
      decoratedNs.push(await timeRound(decorated, fn))
      plainNs.push(await timeRound(plain, fn))
    }
  }
  const p = median(plainNs)
  const d = median(decoratedNs)
  console.log(`${title.padEnd(44)} plain ${(p / 1000).toFixed(2).padStart(6)} µs   decorated ${(d / 1000).toFixed(2).padStart(6)} µs   diff ${((d - p) / 1000).toFixed(2).padStart(6)} µs (${(((d - p) / p) * 100).toFixed(1)}%)`)
}

async function main(): Promise<void> {
  const app = bootstrap(BenchModule, { logger: quiet })
  await app.init()
  const plainDispatcher = new Dispatcher({ connectors: { [CONNECTOR_ID]: plainModule }, logger: quiet })
  const decoratedDispatcher = new Dispatcher({ ...app.toConfig(), logger: quiet })
  const options = () => ({ data: [1, 2, 3], bearerToken: 'one-time' })
  const viaDispatcher = (dispatcher: Dispatcher): Call => (fn) =>
    dispatcher.dispatch({ extensionOptions: { _connectorId: CONNECTOR_ID, type: 'hook', function: fn }, functionOptions: options() })

  const plainHandler = lambda.createHandler({ connectors: { [CONNECTOR_ID]: plainModule }, logger: quiet })
  const decoratedHandler = app.lambda({ logger: quiet })
  const viaHandler = (handler: typeof plainHandler): Call => (fn) =>
    handler(options(), { clientContext: { _connectorId: CONNECTOR_ID, type: 'hook', function: fn }, awsRequestId: 'r' } as unknown as Context)

  console.log(`node ${process.version}, ${ROUNDS} rounds x ${CALLS} sequential calls each, median per call`)
  await compare('dispatch core, async preMap', viaDispatcher(plainDispatcher), viaDispatcher(decoratedDispatcher), 'preMap')
  await compare('dispatch core, callback-style preMap', viaDispatcher(plainDispatcher), viaDispatcher(decoratedDispatcher), 'preMapCallback')
  await compare('dispatch core, token via ExtensionContext*', viaDispatcher(plainDispatcher), viaDispatcher(decoratedDispatcher), 'withToken')
  await compare('Lambda handler, async preMap', viaHandler(plainHandler), viaHandler(decoratedHandler), 'preMap')
  console.log('* plain reads options.bearerToken; decorated reads it through an injected service and ExtensionContext')
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
