'use strict'
// The decorated app: the same echo hook written with the decorator API, served by its Express
// host (bootstrap(AppModule).express()), with the default logger like our plain host.
// The runner stops systems with SIGINT: exit normally, so that --cpu-prof writes its profile.
process.once('SIGINT', () => process.exit(0))

require('./decorated-app.js')
  .start(process.env.BENCH_TOKEN)
  .then((port) => process.send({ port }))
