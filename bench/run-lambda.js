'use strict'
// Lambda runner: per-invocation cost (warm, in-process) and cold start (fresh process → first
// result, median of fresh processes), plain-API handler vs a bare async handler.
//   node bench/run-lambda.js [--cold 21] [--quick]
const { spawn } = require('node:child_process')
const path = require('node:path')
const { performance } = require('node:perf_hooks')
const payloads = require('./payloads.js')
const { benchEnv, startChild, median, table, fixed, ratio } = require('./lib.js')

const LAMBDA_ENV = { AWS_LAMBDA_FUNCTION_NAME: 'integrator-extension-bench', NODE_ENV: '' }

function parseArgs(argv) {
  const args = { cold: 21, quick: false }
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--cold') args.cold = Number(argv[++i])
    else if (argv[i] === '--quick') args.quick = true
    else throw new Error(`unknown argument ${argv[i]}`)
  }
  return args
}

/** Median CPU µs per invocation of each handler: one fresh process per handler and round, alternated (A B C A B C). */
async function perInvocation(records, iterations, batches, rounds) {
  const samples = Object.fromEntries(Object.keys(INVOKED).map((name) => [name, []]))
  for (let round = 0; round < rounds; round++) {
    for (const [name, file] of Object.entries(INVOKED)) {
      const { child, message, code } = await startChild(path.join(__dirname, 'lambda', 'invoke-child.js'), {
        env: benchEnv(LAMBDA_ENV),
        args: [path.join(__dirname, 'lambda', file), records, iterations, batches].map(String),
      })
      if (!message) throw new Error(`invoke-child ${name} exited with code ${code}`)
      await new Promise((resolve) => child.once('exit', resolve))
      samples[name].push(median(message))
    }
  }
  const medians = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]))
  // Ratios pair each handler with the bare one of the same round (run back to back): the machine's slow and fast phases cancel out.
  const ratios = Object.fromEntries(Object.keys(samples).map((name) => [name, median(samples[name].map((value, round) => value / samples.bare[round]))]))
  return { ...medians, ratios }
}

const INVOKED = { bare: 'bare.js', plain: 'plain.js', quiet: 'plain-quiet.js' }

/** Spawn → first result on fd 3, in ms. */
function coldStart(handlerFile, eventText, clientContextText) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(process.execPath, [path.join(__dirname, 'lambda', 'cold-child.js'), handlerFile], {
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
      if (code === 3) return resolve(undefined) // not on this branch
      if (elapsed !== undefined) return resolve({ ms: elapsed, answer })
      // The decorated sample is written against an API still in flux: report it, do not sink the run.
      if (handlerFile.endsWith('decorated.js')) return resolve(undefined)
      reject(new Error(`${handlerFile} exited ${code} without a result`))
    })
  })
}

async function main() {
  const args = parseArgs(process.argv.slice(2))
  const rows = []
  const sizes = [
    { name: '1 record', records: 1, iterations: args.quick ? 1000 : 3000, batches: 5, rounds: args.quick ? 1 : 5 },
    { name: '18,000 records', records: 18_000, iterations: 1, batches: 15, rounds: args.quick ? 1 : 5 }, // median of single calls: a major GC lands in a few
  ]
  for (const size of sizes) {
    process.stderr.write(`  per invocation, ${size.name} ... `)
    const result = await perInvocation(size.records, size.iterations, size.batches, size.rounds)
    process.stderr.write(`bare ${result.bare.toFixed(1)} µs, plain ${result.plain.toFixed(1)} µs, without the call log line ${result.quiet.toFixed(1)} µs\n`)
    const unit = result.bare > 10_000 ? 'ms' : 'µs'
    const show = (v) => (unit === 'ms' ? fixed(2)(v / 1000) : fixed(1)(v))
    const paired = (name) => `${result.ratios[name].toFixed(2)}×`
    rows.push([`per invocation, ${size.name} (${unit})`, show(result.bare), show(result.plain), paired('plain'), '≤ 1.20×'])
    rows.push([`  same, without the per-call log line (${unit})`, show(result.bare), show(result.quiet), paired('quiet'), '(info)'])
  }

  const handlers = {
    bare: path.join(__dirname, 'lambda', 'bare.js'),
    plain: path.join(__dirname, 'lambda', 'plain.js'),
    decorated: path.join(__dirname, 'lambda', 'decorated.js'),
  }
  const eventText = JSON.stringify(payloads.functionOptions(1))
  const clientContextText = JSON.stringify({ diy: true, type: 'hook', function: 'preSavePage' })
  const expected = JSON.stringify(payloads.expectedResult(1))
  const times = Object.fromEntries(Object.keys(handlers).map((name) => [name, []]))
  const rounds = args.quick ? Math.min(args.cold, 11) : args.cold
  process.stderr.write(`  cold starts, ${rounds} fresh processes per handler, alternated ... `)
  for (let round = 0; round < rounds; round++) {
    for (const [name, file] of Object.entries(handlers)) {
      if (times[name] === undefined) continue
      const run = await coldStart(file, eventText, clientContextText)
      if (!run) {
        times[name] = undefined // not on this branch
        continue
      }
      if (run.answer !== expected) throw new Error(`${name} answered a wrong result: ${run.answer.slice(0, 200)}`)
      times[name].push(run.ms)
    }
  }
  process.stderr.write('done\n')
  const bare = median(times.bare)
  const goals = { plain: '≤ 1.10×', decorated: '≤ 1.30×' }
  for (const name of ['plain', 'decorated']) {
    const value = times[name] ? median(times[name]) : NaN
    rows.push([`cold start, ${name} (ms)`, fixed(1)(bare), times[name] ? fixed(1)(value) : 'n/a', ratio(value, bare), goals[name]])
  }
  const notes =
    'Per invocation: CPU time (process.cpuUsage: all threads, GC included) of what the runtime does per call (JSON.parse of the event, the handler,\n' +
    'JSON.stringify of the result); each handler warm in its own process, median of batches, median of 5 alternated processes;\n' +
    'ratio: median over the 5 rounds of ours / bare of the same round.\n' +
    'Console as the runtime sets it up (aws-lambda-ric: one fs.writeSync per line; here to /dev/null); the handler logs one line per call.\n' +
    `Cold start: spawn of a fresh node → the first result, median of ${rounds} processes per handler (NODE_EXTRA_CA_CERTS unset).`
  console.log(`## Lambda: plain-API handler vs a bare async handler\n\n${table(['measure', 'bare', 'ours', 'ratio', 'goal'], rows)}\n\n${notes}\n`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
