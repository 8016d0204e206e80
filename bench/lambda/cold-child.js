'use strict'
// One cold start: load the handler module, answer one invocation, write the result to fd 3.
// The parent times spawn → result. Console is set up as the Lambda runtime sets it up.
require('./runtime-console.js')
const fs = require('node:fs')
const { handler } = require(process.argv[2])

const event = JSON.parse(process.env.BENCH_EVENT)
const context = { awsRequestId: 'cold-1', clientContext: JSON.parse(process.env.BENCH_CLIENT_CONTEXT) }
handler(event, context).then((result) => fs.writeSync(3, JSON.stringify(result)))
