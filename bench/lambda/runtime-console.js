'use strict'
// What the Lambda runtime (aws-lambda-ric) does to console before it loads a handler: every
// method writes one formatted line with fs.writeSync to the telemetry fd; stdout is never
// opened. Here the fd is /dev/null. Bench children load this first, for every handler alike.
const fs = require('node:fs')
const { format } = require('node:util')

const fd = fs.openSync('/dev/null', 'w')
const write =
  (level) =>
  (message, ...params) => {
    fs.writeSync(fd, `${new Date().toISOString()}\tbench-request-id\t${level}\t${format(message, ...params).replace(/\n/g, '\r')}\n`)
  }
console.trace = write('TRACE')
console.debug = write('DEBUG')
console.info = write('INFO')
console.warn = write('WARN')
console.error = write('ERROR')
console.log = console.info
