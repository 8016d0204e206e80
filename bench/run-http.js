'use strict'
// HTTP runner: each system in its own process on 127.0.0.1, answer checked before timing,
// systems alternated (A B C A B C), ratios against the floor.
//   node bench/run-http.js [--rounds 2] [--systems floor,host,decorated,express5] [--sizes 1,700,18000] [--quick]
//                          [--prof DIR: CPU profiles of the systems; summarise with bench/profile-summary.js]
const assert = require('node:assert/strict')
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
const autocannon = require('autocannon')
const payloads = require('./payloads.js')
const { benchEnv, startChild, stopChild, peakRssMb, cpuMs, countLines, mean, table, fixed, ratio } = require('./lib.js')

const TOKEN = 'bench-system-token'
const SYSTEMS = {
  floor: { label: 'floor (node:http)', script: 'floor.js', logs: false },
  host: { label: 'our Express host', script: 'host.js', logs: true },
  decorated: { label: 'decorated app', script: 'decorated.js', logs: true },
  'decorated-standard': { label: 'decorated app, standard decorators', script: 'decorated-standard.js', logs: true },
  express5: { label: 'minimal Express 5', script: 'express5.js', logs: false },
}
// Run by default: the floor and what the goals are about. Minimal Express 5 (a reference, no
// goal) and the decorated app with standard decorators on request, e.g. --systems floor,host,decorated,express5
// or --systems host,decorated,decorated-standard: four systems do not fit in
// npm run bench's five minutes.
const DEFAULT_SYSTEMS = ['floor', 'host', 'decorated']
// Per page size: concurrent connections, warm-up and measured seconds.
const LOAD = {
  1: { connections: 10, warmup: 2, duration: 5 },
  700: { connections: 10, warmup: 2, duration: 5 },
  18000: { connections: 4, warmup: 3, duration: 8 },
}

function parseArgs(argv) {
  const args = { rounds: 2, systems: DEFAULT_SYSTEMS, sizes: payloads.SIZES.map((s) => s.records), quick: false, json: undefined, prof: undefined }
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]]
    if (flag === '--rounds') (args.rounds = Number(value)), i++
    else if (flag === '--systems') (args.systems = value.split(',')), i++
    else if (flag === '--sizes') (args.sizes = value.split(',').map(Number)), i++
    else if (flag === '--json') (args.json = value), i++
    else if (flag === '--prof') (args.prof = path.resolve(value)), i++
    else if (flag === '--quick') args.quick = true
    else throw new Error(`unknown argument ${flag}`)
  }
  return args
}

const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ie-bench-'))

async function post(url, body) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body,
  })
  return { status: response.status, text: await response.text() }
}

/** Runs autocannon; keeps every latency (autocannon's own histogram rounds to whole ms). */
function load(url, body, { connections, duration }) {
  return new Promise((resolve, reject) => {
    const latencies = []
    const instance = autocannon(
      { url, method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body, connections, duration },
      (error, result) => (error ? reject(error) : resolve({ ...result, latencies })),
    )
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode === 200) latencies.push(responseTime)
    })
  })
}

function percentile(values, p) {
  const sorted = Float64Array.from(values).sort()
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

/** One measurement: fresh process, correctness check, warm-up, timed load, peak RSS, log lines. */
async function measure(systemName, records, body, expected, settings, prof) {
  const system = SYSTEMS[systemName]
  const logFile = path.join(logDir, `${systemName}.log`)
  const { child, message, code } = await startChild(path.join(__dirname, 'systems', system.script), {
    logFile,
    env: benchEnv({ BENCH_TOKEN: TOKEN }),
    execArgv: prof ? ['--cpu-prof', `--cpu-prof-dir=${prof}`, `--cpu-prof-name=${systemName}-${records}-${Date.now()}.cpuprofile`] : [],
  })
  if (!message) throw new Error(`${systemName} exited with code ${code} before listening`)
  try {
    const url = `http://127.0.0.1:${message.port}/function`
    const answer = await post(url, body)
    assert.equal(answer.status, 200, `${systemName} answered ${answer.status}: ${answer.text.slice(0, 300)}`)
    assert.deepEqual(JSON.parse(answer.text), expected, `${systemName} answered a wrong result`)

    const warm = await load(url, body, { connections: settings.connections, duration: settings.warmup })
    // The warm-up ends with calls in flight that the server still finishes: let it, before timing.
    await new Promise((resolve) => setTimeout(resolve, 1000))
    const cpuBefore = cpuMs(child.pid)
    const result = await load(url, body, settings)
    const cpuPerCall = ((cpuMs(child.pid) - cpuBefore) * 1000) / result.requests.total // µs
    const failed = result.errors + result.timeouts + result.non2xx
    if (failed > 0) throw new Error(`${systemName}: ${failed} failed requests of ${result.requests.total}`)
    const rss = peakRssMb(child.pid)
    const answered = 1 + warm.requests.total + result.requests.total
    const lines = system.logs ? countLines(logFile) - 1 /* "listening" */ : undefined
    // Calls over 1 s at 3.7 MB are the loopback TCP stalls of docs/performance.md (p99 at 3.7 MB): shown, so a p99 they set is not read as the host's.
    const stalls = result.latencies.filter((ms) => ms > 1000).length
    // The max by a loop, not Math.max(...latencies): a quiet machine records more calls than the stack holds arguments.
    return {
      rps: result.requests.average,
      cpu: cpuPerCall,
      latencies: result.latencies,
      p50: percentile(result.latencies, 50),
      p99: percentile(result.latencies, 99),
      // biome-ignore lint/complexity/useMathMinMax: Math.max(...latencies) overflows the stack (see above)
      max: result.latencies.reduce((a, b) => (b > a ? b : a), 0),
      stalls,
      rss,
      lines,
      answered,
    }
  } finally {
    await stopChild(child)
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2))
  const results = {}
  for (const records of args.sizes) {
    const size = payloads.SIZES.find((s) => s.records === records)
    if (!size) throw new Error(`no payload of ${records} records`)
    const body = JSON.stringify(payloads.requestBody(records))
    const expected = payloads.expectedResult(records)
    const settings = { ...LOAD[records] }
    if (args.quick) settings.duration = Math.max(2, Math.round(settings.duration / 2))
    results[records] = {}
    for (let round = 1; round <= args.rounds; round++) {
      for (const systemName of args.systems) {
        const runs = (results[records][systemName] ??= [])
        process.stderr.write(`  ${size.name}, round ${round}: ${systemName} ... `)
        const run = await measure(systemName, records, body, expected, settings, args.prof)
        runs.push(run)
        process.stderr.write(
          `${run.rps.toFixed(0)} req/s, ${run.cpu.toFixed(0)} µs CPU/call, p50 ${run.p50.toFixed(2)} ms, p99 ${run.p99.toFixed(2)} ms, RSS ${run.rss.toFixed(0)} MB${run.stalls ? `, ${run.stalls} call(s) > 1 s (max ${run.max.toFixed(0)} ms)` : ''}\n`,
        )
      }
    }
  }
  if (args.json)
    fs.writeFileSync(
      args.json,
      JSON.stringify(results, (key, value) => (key === 'latencies' ? undefined : value), 2),
    )
  console.log(report(results, args))
  fs.rmSync(logDir, { recursive: true, force: true })
}

function summarize(runs) {
  if (!runs || runs.length === 0) return undefined
  return {
    rps: mean(runs.map((r) => r.rps)),
    cpu: mean(runs.map((r) => r.cpu)),
    // Percentiles of every timed call of every round: one stalled call is one sample, not half of a mean.
    p50: percentile(
      runs.flatMap((r) => r.latencies),
      50,
    ),
    p99: percentile(
      runs.flatMap((r) => r.latencies),
      99,
    ),
    rss: Math.max(...runs.map((r) => r.rss)),
    logged: runs[0].lines === undefined ? undefined : mean(runs.map((r) => r.lines / r.answered)),
  }
}

function report(results, args) {
  const rows = []
  for (const records of args.sizes) {
    const size = payloads.SIZES.find((s) => s.records === records)
    const floor = summarize(results[records].floor)
    for (const systemName of args.systems) {
      const s = summarize(results[records][systemName])
      if (!s) {
        rows.push([size.name, SYSTEMS[systemName].label, 'n/a', '', '', '', '', '', '', '', '', '', ''])
        continue
      }
      rows.push([
        size.name,
        SYSTEMS[systemName].label,
        fixed(0)(s.rps),
        ratio(s.rps, floor?.rps),
        fixed(0)(s.cpu),
        ratio(s.cpu, floor?.cpu),
        fixed(2)(s.p50),
        ratio(s.p50, floor?.p50),
        fixed(2)(s.p99),
        ratio(s.p99, floor?.p99),
        fixed(0)(s.rss),
        ratio(s.rss, floor?.rss),
        s.logged === undefined ? '-' : s.logged.toFixed(2),
      ])
    }
  }
  const header = [
    'payload',
    'system',
    'req/s',
    '× floor',
    'server CPU µs/call',
    '× floor',
    'p50 ms',
    '× floor',
    'p99 ms',
    '× floor',
    'peak RSS MB',
    '× floor',
    'log lines/call',
  ]
  const notes = `${args.rounds} round(s) per system, alternated; req/s and CPU: mean of rounds; p50/p99: of every timed call of all rounds; connections/duration per payload: ${args.sizes
    .map((r) => `${r}: ${LOAD[r].connections} conn × ${args.quick ? Math.max(2, Math.round(LOAD[r].duration / 2)) : LOAD[r].duration} s`)
    .join(', ')}; node ${process.version}, ${os.cpus().length} cores`
  // A call over 1 s is a loopback TCP stall that strikes the floor as often as the hosts (docs/performance.md, p99 at 3.7 MB).
  const stalled = args.sizes.flatMap((r) =>
    args.systems.map((name) => [r, name, (results[r][name] ?? []).map((run) => run.stalls)]).filter(([, , counts]) => counts.some((n) => n > 0)),
  )
  const stallNote =
    stalled.length === 0
      ? ''
      : `; calls > 1 s (TCP stalls, per round): ${stalled.map(([r, name, counts]) => `${r} records ${name} ${counts.join('/')}`).join(', ')}`
  return `## HTTP hosts vs the floor\n\n${table(header, rows)}\n\n${notes}${stallNote}\n\n${goalTable(results, args)}`
}

/** docs/performance.md's goals for our Express host, each as measured in this run. */
function goalTable(results, args) {
  const SIZE_NAMES = Object.fromEntries(payloads.SIZES.map((s) => [s.records, s.name]))
  const rows = []
  const pair = (records) => (args.sizes.includes(records) ? [summarize(results[records].floor), summarize(results[records].host)] : [])
  const check = (name, value, goal, ok) => rows.push([name, value, goal, ok === undefined ? 'n/a' : ok ? 'met' : 'NOT met'])
  const [f1, h1] = pair(1)
  if (f1 && h1) check('1 record: req/s vs floor', `${(h1.rps / f1.rps).toFixed(2)}×`, '≥ 0.60×', h1.rps / f1.rps >= 0.6)
  const [f7, h7] = pair(700)
  if (f7 && h7) check('700 records: req/s vs floor', `${(h7.rps / f7.rps).toFixed(2)}×`, '≥ 0.90×', h7.rps / f7.rps >= 0.9)
  const [f18, h18] = pair(18000)
  if (f18 && h18) {
    check('18,000 records: speed by p50 (floor p50 / host p50)', `${(f18.p50 / h18.p50).toFixed(2)}×`, '≥ 0.95×', f18.p50 / h18.p50 >= 0.95)
    check('18,000 records: req/s vs floor', `${(h18.rps / f18.rps).toFixed(2)}×`, '(≥ 0.95×)', h18.rps / f18.rps >= 0.95)
    check('18,000 records: p99 vs floor', `${(h18.p99 / f18.p99).toFixed(2)}×`, '≤ 1.50×', h18.p99 / f18.p99 <= 1.5)
    check('18,000 records: peak RSS vs floor', `${(h18.rss / f18.rss).toFixed(2)}×`, '≤ 1.30×', h18.rss / f18.rss <= 1.3)
  }
  for (const records of args.sizes) {
    const plain = summarize(results[records].host)
    const decorated = summarize(results[records].decorated)
    if (plain && decorated)
      check(
        `${SIZE_NAMES[records]}: decorator layer vs plain API, server CPU per call (decorated app / our host)`,
        `${(decorated.cpu / plain.cpu).toFixed(2)}×`,
        '≤ 1.05×',
        decorated.cpu / plain.cpu <= 1.05,
      )
    const standard = summarize(results[records]['decorated-standard'])
    if (plain && standard)
      check(
        `${SIZE_NAMES[records]}: same, standard decorators + inject() (decorated-standard / our host)`,
        `${(standard.cpu / plain.cpu).toFixed(2)}×`,
        '≤ 1.05×',
        standard.cpu / plain.cpu <= 1.05,
      )
  }
  return rows.length === 0 ? '' : `### Goals (our Express host, and the decorated app on it)\n\n${table(['goal', 'measured', 'target', ''], rows)}\n`
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
