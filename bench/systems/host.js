'use strict'
// Our Express host through the plain API, as a user runs it: the default logger (console,
// one line per call; the runner points stdout at a log file), everything else default.
const { express } = require('integrator-extension')
const functions = require('../functions.js')
// The runner stops systems with SIGINT: exit normally, so that --cpu-prof writes its profile.
process.once('SIGINT', () => process.exit(0))

express.createServer({ diy: functions, systemToken: process.env.BENCH_TOKEN, port: 0, host: '127.0.0.1' }).then((server) => process.send({ port: server.port }))
