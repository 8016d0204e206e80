'use strict'
// One cold start: load the handler the way the Lambda runtime interface client (aws-lambda-ric)
// loads it, answer one invocation, write the result to fd 3. The parent times spawn → result.
//   node cold-child.js TASK_ROOT HANDLER        (HANDLER as in the function's settings: index.handler)
// RIC 4 (nodejs24.x) loads the file with `await import(path)`; RIC 3 (nodejs20.x, 22.x) loads a
// .js file with `require` when no package.json says "type": "module". The RIC's own start-up
// (its ESM main, native client, polling the Runtime API) is the same for every handler: left out.
// Console is set up as the runtime sets it up.
require('./runtime-console.js')
const fs = require('node:fs')
const path = require('node:path')

const [taskRoot, handlerString] = process.argv.slice(2)
const [, moduleName, handlerName] = /^([^.]*)\.(.*)$/.exec(handlerString)
const file = `${path.resolve(taskRoot, moduleName)}.js`
const ric4 = Number(process.versions.node.split('.')[0]) >= 24
const findIn = (name, module) => name.split('.').reduce((nested, key) => (nested && typeof nested === 'object' ? nested[key] : undefined), module)

// After the result, on its own line: how long the load (the handler file's import, which makes the
// handler) and the first invocation took, in ms, so that the runner can tell them apart.
const ms = (from) => Number(process.hrtime.bigint() - from) / 1e6

async function main() {
  const loading = process.hrtime.bigint()
  const module = ric4 ? await import(file) : require(file)
  const handler = findIn(handlerName, module) ?? findIn(handlerName, module.default)
  const loadMs = ms(loading)
  const event = JSON.parse(process.env.BENCH_EVENT)
  const context = { awsRequestId: 'cold-1', clientContext: JSON.parse(process.env.BENCH_CLIENT_CONTEXT) }
  const invoking = process.hrtime.bigint()
  const result = await handler(event, context)
  const firstMs = ms(invoking)
  fs.writeSync(3, `${JSON.stringify(result)}\n${JSON.stringify({ loadMs, firstMs })}`)
}
main()
