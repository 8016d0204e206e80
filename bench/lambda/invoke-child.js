'use strict'
// Per-invocation cost, in one warm process: what the runtime does per call (parse the event,
// call the handler, stringify the result), for the bare and the plain-API handler alternately.
const { performance } = require('node:perf_hooks')
const payloads = require('../payloads.js')

const [records, iterations, batches] = process.argv.slice(2).map(Number)
const handlers = {
  bare: require('./bare.js').handler,
  plain: require('./plain.js').handler,
}
const eventText = JSON.stringify(payloads.functionOptions(records))
const clientContextText = JSON.stringify({ diy: true, type: 'hook', function: 'preSavePage' })
const expected = JSON.stringify(payloads.expectedResult(records))

async function invoke(handler, i) {
  const event = JSON.parse(eventText)
  const result = await handler(event, { awsRequestId: `req-${i}`, clientContext: JSON.parse(clientContextText) })
  return JSON.stringify(result)
}

async function main() {
  for (const [name, handler] of Object.entries(handlers)) {
    if ((await invoke(handler, 0)) !== expected) throw new Error(`${name} answered a wrong result`)
  }
  const samples = { bare: [], plain: [] }
  for (let b = 0; b < batches; b++) {
    for (const [name, handler] of Object.entries(handlers)) {
      const start = performance.now()
      for (let i = 0; i < iterations; i++) await invoke(handler, i)
      samples[name].push(((performance.now() - start) / iterations) * 1000) // µs per invocation
    }
  }
  process.send(samples, () => process.exit(0))
}
main()
