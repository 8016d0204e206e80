'use strict'
// The goals of issue 15 (docs/performance.md, "Goals"), each as measured in one run: every ratio is
// against the bare handler (Lambda) or the bare node:http server (Express) of the same run.
// `http` is bench/run-http.js's --json output, `lambda` bench/run-lambda.js's; either may be absent.
const { table, median } = require('./lib.js')

const NODE_MAJORS = [20, 22, 24]

function goalRows(http, lambda) {
  const rows = []
  const add = (goal, target, measured, ok, note = '') => rows.push([goal, target, measured, ok === undefined ? 'not measured' : ok ? 'met' : 'NOT met', note])
  const x = (value) => `${value.toFixed(2)}×`

  if (lambda) {
    const main = lambda.cold[lambda.node]
    const cold = (times, name) => median(times[name].map((run) => run.ms))
    // Each fresh process paired with the bare one of its round (run just before it): the machine's
    // slow and fast phases, which move a median of 21 by several ms between runs, cancel out.
    const coldRatio = (times, name) => median(times[name].map((run, round) => run.ms / times.bare[round].ms))
    const coldRow = (goal, target, limit, times, name, node) => {
      if (!times?.[name]) return add(goal, target, '-', undefined, `no Node ${node} given (bench/run-lambda.js --nodes)`)
      const r = coldRatio(times, name)
      add(goal, target, x(r), r <= limit, `${cold(times, name).toFixed(1)} vs ${cold(times, 'bare').toFixed(1)} ms (medians), Node ${node}`)
    }
    const major = Number(lambda.node.split('.')[0].replace('v', ''))
    coldRow('cold start, plain handler, `integrator-extension/lambda`, unbundled', '≤ 1.15×', 1.15, main, 'plain /lambda', major)
    coldRow('cold start, plain handler, package root, unbundled', '≤ 1.20×', 1.2, main, 'plain root', major)
    for (const wanted of NODE_MAJORS) {
      const version = Object.keys(lambda.cold).find((v) => Number(v.split('.')[0].replace('v', '')) === wanted)
      coldRow(`cold start, plain handler, \`package\` zip, Node ${wanted}`, '≤ 1.10×', 1.1, version && lambda.cold[version], 'plain zip', version ?? wanted)
    }
    coldRow('cold start, decorated sample, unbundled', '≤ 2.50×', 2.5, main, 'decorated', major)
    coldRow('cold start, decorated sample, `package` zip', '≤ 1.60×', 1.6, main, 'decorated zip', major)
    const first = (name) => median(main[name].map((run) => run.firstMs))
    const extra = first('plain /lambda') - first('bare')
    add(
      'first invocation after load, plain handler (`/lambda`, unbundled): ours − bare',
      '≤ 2.00 ms',
      `${extra.toFixed(2)} ms`,
      extra <= 2,
      `${first('plain /lambda').toFixed(2)} vs ${first('bare').toFixed(2)} ms; root ${first('plain root').toFixed(2)}, zip ${first('plain zip').toFixed(2)}, decorated zip ${first('decorated zip').toFixed(2)} ms`,
    )
    const perCall = (name, limit, target) => {
      const row = lambda.perInvocation[name]
      add(
        `per call, ${name}, plain handler with its log line`,
        target,
        x(row.ratio),
        row.ratio <= limit,
        `${row.plain.toFixed(1)} vs ${row.bare.toFixed(1)} µs CPU`,
      )
    }
    perCall('1 record', 4, '≤ 4.00×')
    perCall('18,000 records (3.7 MB)', 1.1, '≤ 1.10×')
  }
  if (http) {
    const rps = (records, system) => {
      const runs = http[records]?.[system]
      return runs ? runs.reduce((sum, run) => sum + run.rps, 0) / runs.length : undefined
    }
    for (const [records, name, limit] of [
      [1, '1 record (~1 KiB)', 0.65],
      [700, '700 records (~140 KiB)', 0.95],
      [18000, '18,000 records (~3.7 MB)', 0.95],
    ]) {
      const [host, floor] = [rps(records, 'host'), rps(records, 'floor')]
      if (host === undefined || floor === undefined) add(`Express, ${name}: req/s vs bare node:http`, `≥ ${limit.toFixed(2)}×`, '-', undefined)
      else
        add(
          `Express, ${name}: req/s vs bare node:http`,
          `≥ ${limit.toFixed(2)}×`,
          x(host / floor),
          host / floor >= limit,
          `${host.toFixed(0)} vs ${floor.toFixed(0)} req/s`,
        )
    }
  }
  return rows
}

function goalReport(http, lambda) {
  const rows = goalRows(http, lambda)
  const met = rows.filter((row) => row[3] === 'met').length
  const how =
    'Cold starts: each fresh process over the bare one of its round (alternated), the median of those ratios; ' +
    'per call: the same, per round of in-process batches; Express: req/s, mean of the rounds.'
  return `## Goals (issue 15): ${met} of ${rows.length} met in this run\n\n${table(['goal', 'target', 'this run', '', 'figures'], rows)}\n\n${how}\n`
}

module.exports = { goalRows, goalReport }
