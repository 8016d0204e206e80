'use strict'
// The decorated app: the same echo hook written with the decorator API, served by its Express host.
// Exits with code 3 when the decorator layer is not on this branch (the runner shows "n/a").
const api = require('integrator-extension')
// The runner stops systems with SIGINT: exit normally, so that --cpu-prof writes its profile.
process.once('SIGINT', () => process.exit(0))

if (typeof api.bootstrap !== 'function' || typeof api.Hook !== 'function' || typeof api.Diy !== 'function') {
  process.exit(3)
}
require('./decorated-app.js')
  .start(process.env.BENCH_TOKEN)
  .then((port) => process.send({ port }))
