'use strict'
// decorated.js with standard (TC39) decorators and inject(): see decorated-standard-app.js.
process.once('SIGINT', () => process.exit(0))

require('./decorated-standard-app.js')
  .start(process.env.BENCH_TOKEN)
  .then((port) => process.send({ port }))
