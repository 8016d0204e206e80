'use strict'
// A minimal Express 5 app: express.json + one route, res.json. No auth, no logging.
const express = require('express')
const functions = require('../functions.js')
// The runner stops systems with SIGINT: exit normally, so that --cpu-prof writes its profile.
process.once('SIGINT', () => process.exit(0))

const app = express()
app.post('/function', express.json({ limit: '50mb' }), (req, res) => {
  functions.hooks[req.body.function](req.body.options, (error, result) => res.json(result))
})
const server = app.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }))
