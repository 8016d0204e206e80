// Run as a child process by tests that need a whole process: faults, signals, exit codes.
import { express } from 'integrator-extension'
import path from 'node:path'
import { TOKEN } from './test-server.js'

// test/fixtures/lambda/functions.js: the timerThrows_* hooks throw values String() cannot convert.
const fixtureHooks = (require(path.resolve(__dirname, '../../../test/fixtures/lambda/functions.js')) as { hooks: Record<string, unknown> }).hooks

const functions = {
  hooks: {
    ...fixtureHooks,
    slowEcho: (options: { id: string; ms: number }) => new Promise((resolve) => setTimeout(() => resolve({ id: options.id }), options.ms)),
    throwInTimer: (_o: unknown, _callback: unknown) => {
      setTimeout(() => {
        throw new Error('thrown in a timer')
      }, 5)
    },
    rejectInTimer: () =>
      new Promise(() => {
        setTimeout(() => void Promise.reject(new Error('rejected in a timer')), 5)
      }),
    throwOutsideCalls: () => {
      // thrown after the call has answered: no running call owns it
      setTimeout(() => {
        throw new Error('not owned')
      }, 20)
      return 'scheduled'
    },
  },
}

const server = express.createExtensionServer({
  diy: functions,
  systemToken: TOKEN,
  port: 0,
  host: '127.0.0.1',
  shutdownOnSignals: true,
  shutdownGracePeriod: Number(process.env.GRACE_MS ?? 10_000),
  onClose: () => console.log('ON_CLOSE_RAN'),
})
server.start().then(() => console.log(`PORT=${server.port}`))
