'use strict'
// Per-invocation cost of handlers in one warm process: what the runtime does per call
// (parse the event, call the handler, stringify the result), in timed batches after a warm-up.
//   node invoke-child.js HANDLER_FILE[,HANDLER_FILE...] RECORDS ITERATIONS BATCHES
// Answers over IPC: CPU µs per call of each batch, per handler file. With several handlers the
// batches alternate (A B, B A, ...) so that drift and GC hit each alike.
require('./runtime-console.js')
const payloads = require('../payloads.js')

const [files, records, iterations, batches] = [process.argv[2].split(','), ...process.argv.slice(3).map(Number)]
const handlers = files.map((file) => require(file).handler)
const eventText = JSON.stringify(payloads.functionOptions(records))
const clientContextText = JSON.stringify({ diy: true, type: 'hook', function: 'preSavePage' })
const expected = JSON.stringify(payloads.expectedResult(records))

async function invoke(handler, i) {
  const event = JSON.parse(eventText)
  const result = await handler(event, { awsRequestId: `req-${i}`, clientContext: JSON.parse(clientContextText) })
  return JSON.stringify(result)
}

async function timeBatch(handler) {
  const start = process.cpuUsage() // CPU time, not wall time: steadier on a shared machine
  for (let i = 0; i < iterations; i++) await invoke(handler, i)
  const used = process.cpuUsage(start)
  return (used.user + used.system) / iterations
}

async function main() {
  for (const [index, handler] of handlers.entries()) {
    if ((await invoke(handler, 0)) !== expected) throw new Error(`${files[index]} answered a wrong result`)
    for (let i = 1; i < iterations; i++) await invoke(handler, i) // warm-up: one batch
  }
  const samples = files.map(() => [])
  for (let b = 0; b < batches; b++) {
    const order = b % 2 === 0 ? handlers.keys() : [...handlers.keys()].reverse()
    for (const index of order) samples[index].push(await timeBatch(handlers[index]))
  }
  process.send(Object.fromEntries(files.map((file, index) => [file, samples[index]])), () => process.exit(0))
}
main()
