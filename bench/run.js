'use strict'
// `npm run bench`: the HTTP runner, then the Lambda runner; the tables go to stdout
// (and, with --out FILE, to a markdown file). Progress goes to stderr.
const { execFileSync } = require('node:child_process')
const fs = require('node:fs')
const path = require('node:path')
const { benchEnv } = require('./lib.js')

const args = process.argv.slice(2)
const outIndex = args.indexOf('--out')
const out = outIndex === -1 ? undefined : args.splice(outIndex, 2)[1]
const quick = args.includes('--quick') ? ['--quick'] : []

const started = Date.now()
const run = (script, extra) =>
  execFileSync(process.execPath, [path.join(__dirname, script), ...extra], { env: benchEnv({ NODE_ENV: '' }), stdio: ['ignore', 'pipe', 'inherit'] }).toString()
const report = [run('run-http.js', [...quick, ...args]), run('run-lambda.js', quick)].join('\n')
const footer = `_${new Date().toISOString()}, ${Math.round((Date.now() - started) / 1000)} s in all._\n`
process.stdout.write(`${report}\n${footer}`)
if (out) fs.writeFileSync(out, `${report}\n${footer}`)
