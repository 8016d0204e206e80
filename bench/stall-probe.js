'use strict'
// Preloaded into a measured server by bench/stalls.js (node -r bench/stall-probe.js SYSTEM.js):
// writes, as JSON lines to the file in STALL_PROBE_FILE,
//   {"t":"s", at, loopMaxMs, loopMeanMs, rssMb, heapMb, extMb, abMb}   every second
//   {"t":"gc", at, ms, kind}                                           every GC pause
//   {"t":"r", port, head, body, sent, done}                            every request: the client's port, wall-clock ms
//        of its headers, the end of its body, res.end() called, 'finish' (handed to the kernel)
// `at` and the request times are Date.now()-scale ms (performance.timeOrigin + now()), so that
// they line up with the client's timestamps. Lines are buffered and written once a second.
// Not part of npm test; cost: a few µs per request.
const fs = require('node:fs')
const http = require('node:http')
const { monitorEventLoopDelay, performance, PerformanceObserver, constants } = require('node:perf_hooks')

const file = process.env.STALL_PROBE_FILE
if (file) {
  const fd = fs.openSync(file, 'w')
  const origin = performance.timeOrigin
  const wall = () => origin + performance.now()
  let buffered = ''
  const out = (entry) => (buffered += JSON.stringify(entry) + '\n')
  const flush = () => {
    if (buffered === '') return
    fs.writeSync(fd, buffered)
    buffered = ''
  }

  const loop = monitorEventLoopDelay({ resolution: 10 })
  loop.enable()
  const tick = setInterval(() => {
    const m = process.memoryUsage()
    out({
      t: 's',
      at: Math.round(wall()),
      loopMaxMs: +(loop.max / 1e6).toFixed(1),
      loopMeanMs: +(loop.mean / 1e6).toFixed(2),
      rssMb: Math.round(m.rss / 1048576),
      heapMb: Math.round(m.heapUsed / 1048576),
      extMb: Math.round(m.external / 1048576),
      abMb: Math.round(m.arrayBuffers / 1048576),
    })
    loop.reset()
    flush()
  }, 1000)
  tick.unref()

  const KINDS = {
    [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
    [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
    [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
    [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weakcb',
  }
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      out({ t: 'gc', at: Math.round(origin + e.startTime), ms: +e.duration.toFixed(2), kind: KINDS[e.detail?.kind ?? e.kind] ?? String(e.detail?.kind) })
  }).observe({ entryTypes: ['gc'] })

  // Time every request's phases: wrap the server's 'request' emit (floor, Express, fast path alike).
  const emit = http.Server.prototype.emit
  http.Server.prototype.emit = function (event, req, res) {
    if (event === 'request') {
      const r = { t: 'r', port: req.socket.remotePort, head: Math.round(wall()), body: 0, sent: 0, done: 0 }
      req.once('end', () => (r.body = Math.round(wall())))
      const end = res.end
      res.end = function (...args) {
        r.sent = Math.round(wall())
        return end.apply(this, args)
      }
      res.once('finish', () => {
        r.done = Math.round(wall())
        out(r)
      })
    }
    return emit.apply(this, arguments)
  }
  process.on('exit', flush)
}
