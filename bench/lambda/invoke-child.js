'use strict'
// Per-invocation cost of one handler in one warm process: what the runtime does per call
// (parse the event, call the handler, stringify the result), in timed batches after a warm-up.
//   node invoke-child.js HANDLER_FILE RECORDS ITERATIONS BATCHES   (answers over IPC, µs per batch)
require('./runtime-console.js')
const payloads = require('../payloads.js')

const [file, records, iterations, batches] = [process.argv[2], ...process.argv.slice(3).map(Number)]
const { handler } = require(file)
const eventText = JSON.stringify(payloads.functionOptions(records))
const clientContextText = JSON.stringify({ diy: true, type: 'hook', function: 'preSavePage' })
const expected = JSON.stringify(payloads.expectedResult(records))

async function invoke(i) {
  const event = JSON.parse(eventText)
  const result = await handler(event, { awsRequestId: `req-${i}`, clientContext: JSON.parse(clientContextText) })
  return JSON.stringify(result)
}

async function main() {
  if ((await invoke(0)) !== expected) throw new Error(`${file} answered a wrong result`)
  for (let i = 1; i < iterations; i++) await invoke(i) // warm-up: one batch
  const samples = []
  for (let b = 0; b < batches; b++) {
    const start = process.cpuUsage() // CPU time, not wall time: steadier on a shared machine
    for (let i = 0; i < iterations; i++) await invoke(i)
    const used = process.cpuUsage(start)
    samples.push((used.user + used.system) / iterations)
  }
  process.send(samples, () => process.exit(0))
}
main()
