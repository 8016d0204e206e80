'use strict'
// The three pages of the benchmark: what integrator.io sends to a preSavePage hook.
// Deterministic (no randomness), so every system and every run sees the same bytes.

const SIZES = [
  { name: '1 record', records: 1 },
  { name: '700 records', records: 700 },
  { name: '18,000 records', records: 18_000 },
]

/** One export record, ~200 bytes of JSON, with the field mix of a real page. */
function record(i) {
  return {
    id: `SO-${String(100000 + i)}`,
    customer: { name: `Customer ${i % 97}`, email: `buyer${i % 97}@example.com` },
    amount: Math.round(i * 137.31) / 100,
    currency: 'USD',
    status: i % 3 === 0 ? 'open' : 'closed',
    lines: [{ sku: `SKU-${i % 50}`, qty: (i % 5) + 1 }],
    updated: '2024-05-01T12:00:00.000Z',
  }
}

/** The function options of one preSavePage call. */
function functionOptions(records) {
  return {
    data: Array.from({ length: records }, (_, i) => record(i)),
    errors: [],
    files: [],
    pageIndex: 0,
    _importId: '5f1e6f1e6f1e6f1e6f1e6f1e',
    _flowId: '5f1e6f1e6f1e6f1e6f1e6f1f',
    _integrationId: '5f1e6f1e6f1e6f1e6f1e6f20',
    testMode: false,
    settings: {},
    bearerToken: 'one-time-bearer-token',
  }
}

/** The POST /function body (extension options + `options`). */
function requestBody(records) {
  return { diy: true, type: 'hook', function: 'preSavePage', options: functionOptions(records) }
}

/** What the echo hook must answer (bench/functions.js). */
function expectedResult(records) {
  const options = functionOptions(records)
  return { data: options.data, errors: options.errors, abort: false, newErrorsAndRetryData: [] }
}

module.exports = { SIZES, record, functionOptions, requestBody, expectedResult }

if (require.main === module) {
  for (const size of SIZES) console.log(`${size.name}: ${JSON.stringify(requestBody(size.records)).length} bytes`)
}
