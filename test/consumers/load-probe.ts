// Run as a child process: which heavy dependencies has each step loaded so far?
import type * as Package from 'integrator-extension'
import type { ProbeModule as ProbeModuleType } from './load-probe-app.js'

const HEAVY = ['inversify', 'express', 'winston', 'reflect-metadata']
const loaded = (): string[] => HEAVY.filter((name) => Object.keys(require.cache).some((file) => file.includes(`/node_modules/${name}/`)))

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
void handler
console.log(JSON.stringify(steps))
