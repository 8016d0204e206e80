// Run as a child process: which heavy dependencies has each step loaded so far?
import type * as Package from 'integrator-extension'
import type { ProbeModule as ProbeModuleType } from './load-probe-app.js'

const HEAVY = ['inversify', 'express', 'winston', 'reflect-metadata']
// inversify is bundled into the container room (tools/bundle.js): loading that room is loading it.
const files = (name: string) =>
  Object.keys(require.cache).filter(
    (file) => file.includes(`/node_modules/${name}/`) || (name === 'inversify' && /[\\/]dist[\\/]container[\\/]index\.js$/.test(file)),
  )
const loaded = (): string[] => HEAVY.filter((name) => files(name).length > 0)

const steps: Record<string, string[]> = {}
const pkg = require('integrator-extension') as typeof Package
steps.import = loaded()
const handler = pkg.lambda.createHandler({ diy: { hooks: { ping: () => 'pong' } } })
steps.createHandler = loaded()
const { ProbeModule } = require('./load-probe-app.js') as { ProbeModule: typeof ProbeModuleType }
steps.decorate = loaded()
const app = pkg.bootstrap(ProbeModule)
steps.bootstrap = loaded()
app.lambda()
steps.lambda = loaded()
// ...and never from node_modules, where it is ~300 ES module files for require(esm) to load.
steps.inversifyFromNodeModules = Object.keys(require.cache).filter((file) => /[\\/]node_modules[\\/](inversify|@inversifyjs)[\\/]/.test(file))
void handler
console.log(JSON.stringify(steps))
