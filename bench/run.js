'use strict'
// `npm run bench`: the HTTP runner, then the Lambda runner, then every goal of issue 15 with this
// run's ratio and met / not met (bench/goals.js); the tables go to stdout (and, with --out FILE,
// to a markdown file). Progress goes to stderr.
//   npm run bench -- [--quick] [--out FILE] [--nodes /path/to/node22,/path/to/node24]
const { execFileSync } = require('node:child_process')
const fs = require('node:fs')
const path = require('node:path')
const os = require('node:os')
const { benchEnv } = require('./lib.js')
const { goalReport } = require('./goals.js')

const args = process.argv.slice(2)
const outIndex = args.indexOf('--out')
const out = outIndex === -1 ? undefined : args.splice(outIndex, 2)[1]
const quick = args.includes('--quick') ? ['--quick'] : []

const started = Date.now()
const run = (script, extra) =>
  execFileSync(process.execPath, [path.join(__dirname, script), ...extra], { env: benchEnv({ NODE_ENV: '' }), stdio: ['ignore', 'pipe', 'inherit'] }).toString()
// --nodes PATH,PATH (or BENCH_NODES): other Node binaries for the Lambda cold starts (bench/run-lambda.js).
const nodesIndex = args.indexOf('--nodes')
const nodes = nodesIndex === -1 ? [] : args.splice(nodesIndex, 2)
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ie-bench-goals-'))
const [httpJson, lambdaJson] = [path.join(scratch, 'http.json'), path.join(scratch, 'lambda.json')]
const report = [
  run('run-http.js', [...quick, ...args, '--json', httpJson]),
  run('run-lambda.js', [...quick, ...nodes, '--json', lambdaJson, '--no-goals']),
  goalReport(JSON.parse(fs.readFileSync(httpJson, 'utf8')), JSON.parse(fs.readFileSync(lambdaJson, 'utf8'))),
].join('\n')
fs.rmSync(scratch, { recursive: true, force: true })
const footer = `_${new Date().toISOString()}, ${Math.round((Date.now() - started) / 1000)} s in all._\n`
process.stdout.write(`${report}\n${footer}`)
if (out) fs.writeFileSync(out, `${report}\n${footer}`)
