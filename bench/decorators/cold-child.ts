// One cold start, in its own process: `node cold-child.js <mode>`. Prints milestones in ms
// since the process started (performance.timeOrigin), so node's own start-up is included.
import type { Context } from 'aws-lambda'
import type * as Package from 'integrator-extension'
import type * as Apps from './apps.js'

const mode = process.argv[2] as 'plain-lambda' | 'decorated-lambda' | 'plain-express' | 'decorated-express'
const marks: Record<string, number> = {}
const mark = (name: string): void => {
  marks[name] = Math.round(performance.now() * 100) / 100
}
const quiet = { info: () => undefined, warn: () => undefined, error: (m: string) => console.error(m) }

async function main(): Promise<void> {
  mark('nodeReady')
  const pkg = require('integrator-extension') as typeof Package
  mark('packageImported')
  const apps = require('./apps.js') as typeof Apps
  mark('functionsDefined')
  const extensionOptions = { _connectorId: apps.CONNECTOR_ID, type: 'hook', function: 'preMap' }
  const options = { data: [1, 2, 3] }

  if (mode.endsWith('lambda')) {
    const handler =
      mode === 'plain-lambda'
        ? pkg.lambda.createHandler({ connectors: { [apps.CONNECTOR_ID]: apps.plainModule }, logger: quiet })
        : pkg.bootstrap(apps.BenchModule, { logger: quiet }).lambda()
    mark('handlerReady')
    await handler(options, { clientContext: extensionOptions, awsRequestId: 'cold' } as unknown as Context)
  } else {
    const common = { systemToken: 'bench', port: 0, host: '127.0.0.1', winstonInstance: quiet, shutdownOnSignals: false }
    const server =
      mode === 'plain-express'
        ? await pkg.express.createExtensionServer({ ...common, connectors: { [apps.CONNECTOR_ID]: apps.plainModule } }).start()
        : (await pkg.bootstrap(apps.BenchModule, { logger: quiet }).express(common)).server
    mark('handlerReady')
    const response = await fetch(`http://127.0.0.1:${server.port}/function`, {
      method: 'POST',
      headers: { authorization: 'Bearer bench', 'content-type': 'application/json' },
      body: JSON.stringify({ ...extensionOptions, options }),
    })
    await response.text()
    mark('firstCallAnswered')
    console.log(JSON.stringify(marks))
    await server.close()
    return
  }
  mark('firstCallAnswered')
  console.log(JSON.stringify(marks))
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
