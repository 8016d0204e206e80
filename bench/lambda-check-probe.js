'use strict'
// By-hand probe of one row of the Lambda runner: CPU µs per invocation of handlers at one page
// size, each in its own fresh invoke-child process as `npm run bench` runs them, the handlers'
// order alternated per round (A B, B A, ...), and per handler the median over the rounds of
// its ratio to the first handler of the same round.
//   node bench/lambda-check-probe.js [--records 18000] [--rounds 9] [--iterations 1] [--batches 15]
//                                    [--together] [--profile DIR] [NAME=FILE ...]
// Default handlers: bare=bench/lambda/bare.js plain=bench/lambda/plain.js (needs `npm run build`).
// --together: all handlers warm in one process per round (batches alternated by invoke-child),
// for an A/B of two builds of the same handler. --profile DIR: each process writes a
// .cpuprofile there (node --cpu-prof; summarise with bench/profile-summary.js).
const path = require('node:path')
const { benchEnv, startChild, median, fixed } = require('./lib.js')

const args = { records: 18_000, rounds: 9, iterations: 1, batches: 15, together: false, profile: undefined, handlers: [] }
const argv = process.argv.slice(2)
for (let i = 0; i < argv.length; i++) {
  const flag = argv[i].replace(/^--/, '')
  if (flag === 'together') args.together = true
  else if (flag === 'profile') args.profile = path.resolve(argv[++i])
  else if (flag in args) args[flag] = Number(argv[++i])
  else if (argv[i].includes('=')) args.handlers.push(argv[i].split('='))
  else throw new Error(`unknown argument ${argv[i]}`)
}
if (args.handlers.length === 0) {
  args.handlers = [
    ['bare', path.join(__dirname, 'lambda/bare.js')],
    ['plain', path.join(__dirname, 'lambda/plain.js')],
  ]
}
const LAMBDA_ENV = { AWS_LAMBDA_FUNCTION_NAME: 'integrator-extension-bench', NODE_ENV: '' }

async function child(files) {
  const resolved = files.map((file) => path.resolve(file))
  const { child, message, code } = await startChild(path.join(__dirname, 'lambda/invoke-child.js'), {
    env: benchEnv(LAMBDA_ENV),
    execArgv: args.profile ? ['--cpu-prof', '--cpu-prof-dir', args.profile] : [],
    args: [resolved.join(','), args.records, args.iterations, args.batches].map(String),
  })
  if (!message) throw new Error(`invoke-child ${files} exited with code ${code}`)
  await new Promise((resolve) => child.once('exit', resolve))
  return resolved.map((file) => median(message[file]))
}

async function main() {
  const names = args.handlers.map(([name]) => name)
  const samples = names.map(() => [])
  for (let round = 0; round < args.rounds; round++) {
    const order = round % 2 === 0 ? [...names.keys()] : [...names.keys()].reverse()
    if (args.together) {
      const values = await child(order.map((i) => args.handlers[i][1]))
      for (const [k, i] of order.entries()) samples[i].push(values[k])
    } else {
      for (const i of order) samples[i].push((await child([args.handlers[i][1]]))[0])
    }
    console.log(`round ${round + 1}: ${names.map((name, i) => `${name} ${fixed(1)(samples[i][round])}`).join('  ')}`)
  }
  for (const [i, name] of names.entries()) {
    const ratios = samples[i].map((value, round) => value / samples[0][round])
    console.log(
      `${name}: median ${fixed(1)(median(samples[i]))} µs; / ${names[0]} ${fixed(3)(median(ratios))}× (per round ${ratios.map((r) => fixed(2)(r)).join(' ')})`,
    )
  }
}
main()
