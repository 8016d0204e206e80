'use strict'
// The floor: bare node:http doing only what any host must: one JSON.parse, the dispatch of
// the hook, one JSON.stringify. No auth, no logging, no checks.
const http = require('node:http')
const functions = require('../functions.js')
// The runner stops systems with SIGINT: exit normally, so that --cpu-prof writes its profile.
process.once('SIGINT', () => process.exit(0))

const server = http.createServer((req, res) => {
  const chunks = []
  req.on('data', (chunk) => chunks.push(chunk))
  req.on('end', () => {
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8'))
    functions.hooks[body.function](body.options, (error, result) => {
      const text = JSON.stringify(result)
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) })
      res.end(text)
    })
  })
})
server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }))
