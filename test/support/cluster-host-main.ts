// Run as a child process by test/scaling: an Express host with `workers`, as a user's entry.
// node:cluster runs this same file in every worker.
import cluster from 'node:cluster'
import { express } from 'integrator-extension'
import { TOKEN } from './test-server.js'

const functions = {
  hooks: {
    pid: () => process.pid,
    crash: () => process.exit(3), // kills the worker serving this call
  },
}

const server = express.createExtensionServer({
  diy: functions,
  systemToken: TOKEN,
  port: 0,
  host: '127.0.0.1',
  workers: Number(process.env.WORKERS ?? 2),
  shutdownOnSignals: true,
  winstonInstance: { info() {}, warn() {}, error: (message: string) => console.error(message) },
  onClose: () => console.log(`ON_CLOSE_RAN ${cluster.isPrimary ? 'primary' : 'worker'}`),
})
server.start().then(
  () => {
    if (cluster.isPrimary) console.log(`PORT=${server.port} PRIMARY=${process.pid}`)
  },
  (error: Error) => {
    console.error(`START_FAILED ${error.message}`)
    process.exit(2)
  },
)
