'use strict'
/**
 * What strictContracts costs: a 5,000-record preMap page through the real Dispatcher, checks off
 * vs on, interleaved in one run (the order alternates each round, so drift and GC hit both alike).
 * By hand, not in npm test:  npm run build && node --expose-gc bench/contracts/strict-premap.js
 * Goal (issue 4): the checks add under 5% to the call.
 */
const { performance } = require('node:perf_hooks')
const { Dispatcher } = require('../../dist/index.js')
const { prepareContractCheck } = require('../../dist/core/checks/check-contract.js')

const RECORDS = Number(process.env.RECORDS ?? 5000)
const ROUNDS = Number(process.env.ROUNDS ?? 40)
const CALLS_PER_ROUND = Number(process.env.CALLS ?? 10)

// A page like a real one: flat order records of a dozen fields, some nested.
const page = Array.from({ length: RECORDS }, (_, i) => ({
  id: `SO-${100000 + i}`,
  customer: { id: `C-${i % 700}`, email: `buyer${i}@example.com`, name: `Buyer ${i}` },
  status: i % 3 === 0 ? 'pending' : 'open',
  currency: 'EUR',
  total: Math.round(i * 137.31) / 100,
  lines: [{ sku: `SKU-${i % 97}`, qty: 1 + (i % 4), price: 9.99 }],
  createdAt: '2026-11-29T02:03:37.000Z',
  tags: ['web', 'eu'],
}))
// Keeps every record, flags some: the usual preMap.
const preMap = (options) =>
  options.data.map((record, i) => (i % 50 === 0 ? { data: record, errors: [{ code: 'check', message: 'Review' }] } : { data: record }))

const silent = { info() {}, warn() {}, error() {} }
const make = (strictContracts) => new Dispatcher({ diy: { hooks: { preMap } }, logger: silent, strictContracts })
const dispatchers = { off: make(false), on: make(true) }
const request = { extensionOptions: { diy: true, type: 'hook', function: 'preMap' }, functionOptions: { data: page } }

async function timeCalls(dispatcher) {
  const times = []
  for (let i = 0; i < CALLS_PER_ROUND; i++) {
    const start = performance.now()
    const outcome = await dispatcher.dispatch(request)
    times.push(performance.now() - start)
    if (!outcome.ok) throw new Error(`unexpected failure: ${JSON.stringify(outcome.errors)}`)
  }
  return times
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

async function main() {
  // Control: the checks really run (a page short of one record is refused).
  const dropsOne = new Dispatcher({ diy: { hooks: { preMap: (o) => preMap(o).slice(1) } }, logger: silent, strictContracts: true })
  if ((await dropsOne.dispatch(request)).ok) throw new Error('control failed: strict mode accepted one record too few')
  for (let i = 0; i < 5; i++) await timeCalls(dispatchers.off), await timeCalls(dispatchers.on) // warm-up

  const samples = { off: [], on: [] }
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? ['off', 'on'] : ['on', 'off']
    for (const mode of order) {
      globalThis.gc?.()
      samples[mode].push(...(await timeCalls(dispatchers[mode])))
    }
  }

  // The check alone, on the same result: what the dispatcher step adds.
  const result = preMap({ data: page })
  const checkTimes = []
  for (let i = 0; i < 200; i++) {
    const start = performance.now()
    const check = prepareContractCheck(preMap, 'hook', 'preMap', { data: page })
    if (check(result) !== undefined) throw new Error('unexpected violation')
    checkTimes.push(performance.now() - start)
  }

  const off = median(samples.off)
  const on = median(samples.on)
  const check = median(checkTimes)
  const pct = (x) => `${(x * 100).toFixed(2)}%`
  console.log(`preMap page of ${RECORDS} records, ${samples.off.length} calls per mode, Node ${process.version}`)
  console.log(`  strict off: median ${off.toFixed(3)} ms per call`)
  console.log(`  strict on : median ${on.toFixed(3)} ms per call`)
  console.log(`  on/off ratio: ${(on / off).toFixed(4)}  (difference of medians: ${pct((on - off) / off)}, noisy)`)
  console.log(`  the check alone: median ${check.toFixed(3)} ms = ${pct(check / off)} of a strict-off call (goal: < 5%)`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
