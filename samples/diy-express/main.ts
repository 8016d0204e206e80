import { randomBytes } from 'node:crypto'
import { express } from 'integrator-extension'
import { functions } from './functions.js'

// `npm start`: serve the sample DIY module on 127.0.0.1 and show how to call it.
const port = Number(process.env.PORT ?? 8080)
const systemToken = process.env.SYSTEM_TOKEN ?? randomBytes(16).toString('hex')

express.createServer({ diy: functions, systemToken, port, host: '127.0.0.1' }, (error) => {
  if (error) {
    console.error(`Could not start: ${error.message}`)
    process.exit(1)
  }
  const body = JSON.stringify({ diy: true, type: 'hook', function: 'preSavePageFunction', options: { data: [{ id: 1 }] } })
  console.log(`\nSample DIY extension on http://127.0.0.1:${port}  (system token: ${systemToken})\nCall its hook:\n`)
  console.log(`curl -s -X POST http://127.0.0.1:${port}/function -H 'Authorization: Bearer ${systemToken}' -H 'Content-Type: application/json' -d '${body}'\n`)
})

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => express.stopServer(() => process.exit(0)))
}
