'use strict'
// Stall hunter for the 3.7 MB (18,000-record) load of bench/run-http.js: runs each system alone,
// alternately, for minutes, and for every call slower than --stall ms says where the time went.
//   node bench/stalls.js [--systems floor,host] [--cycles 3] [--seconds 150] [--records 18000]
//                        [--connections 4] [--stall 1000] [--out DIR] [--trace-gc] [--ss 250 (ms; 0: off)]
// Needs `npm run build` first (the host loads dist/). Not part of npm test: ~2 × cycles × seconds.
//
// Recorded, every one with Date.now()-scale timestamps:
//  - the client (autocannon, 4 connections as in run-http.js): every call's end time, latency
//    and connection (local port); its own event-loop delay per second.
//  - the server (bench/stall-probe.js, preloaded): event-loop delay max per second, RSS and
//    heap per second, every GC pause, every request's phases (headers, end of body, res.end(),
//    'finish') keyed by the client's port.
//  - the machine, per second: CPU user/system/idle/steal of all cores (/proc/stat), major page
//    faults and swap-ins (/proc/vmstat), CPU and memory pressure (/proc/pressure), TCP
//    retransmits, drops and zero-window counters (/proc/net/netstat, /proc/net/snmp); every
//    --ss ms, the kernel's state of each connection of the server (ss -tinmo: queues, timer,
//    backoff, drops), printed for the stalled call's connection.
// Printed: per system, calls, stalls (> --stall) and stalls per minute, p50/p99/max; then each
// stall with the server's phases of that call, its loop delay and GC in the stall's window, and
// the machine's counters over it. Raw data: DIR/<system>-<cycle>.json.
const assert = require('node:assert/strict')
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
const { execFile } = require('node:child_process')
const { monitorEventLoopDelay } = require('node:perf_hooks')
const autocannon = require('autocannon')
const payloads = require('./payloads.js')
const { benchEnv, startChild, stopChild } = require('./lib.js')

const TOKEN = 'bench-system-token'
const SCRIPTS = { floor: 'floor.js', host: 'host.js', decorated: 'decorated.js', express5: 'express5.js' }

function parseArgs(argv) {
  const args = { systems: ['floor', 'host'], cycles: 3, seconds: 150, records: 18000, connections: 4, stall: 1000, out: undefined, traceGc: false, ss: 250 }
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]]
    if (flag === '--systems') (args.systems = value.split(',')), i++
    else if (flag === '--cycles') (args.cycles = Number(value)), i++
    else if (flag === '--seconds') (args.seconds = Number(value)), i++
    else if (flag === '--records') (args.records = Number(value)), i++
    else if (flag === '--connections') (args.connections = Number(value)), i++
    else if (flag === '--stall') (args.stall = Number(value)), i++
    else if (flag === '--out') (args.out = path.resolve(value)), i++
    else if (flag === '--trace-gc') args.traceGc = true
    else if (flag === '--ss') (args.ss = Number(value)), i++
    else throw new Error(`unknown argument ${flag}`)
  }
  args.out ??= fs.mkdtempSync(path.join(os.tmpdir(), 'ie-stalls-'))
  fs.mkdirSync(args.out, { recursive: true })
  return args
}

// ---- the machine, once a second ----
const NET = {
  TcpExt: [
    'TCPTimeouts',
    'TCPLossProbes',
    'TCPToZeroWindowAdv',
    'TCPFromZeroWindowAdv',
    'TCPWantZeroWindowAdv',
    'TCPRcvQDrop',
    'PruneCalled',
    'TCPBacklogDrop',
    'ListenOverflows',
    'TCPDelivered',
    'TCPZeroWindowDrop',
    'TCPOFODrop',
  ],
  Tcp: ['RetransSegs'],
}
function netCounters() {
  const values = {}
  for (const file of ['/proc/net/netstat', '/proc/net/snmp']) {
    const lines = fs.readFileSync(file, 'utf8').split('\n')
    for (let i = 0; i + 1 < lines.length; i += 2) {
      const names = lines[i].split(/\s+/)
      const nums = lines[i + 1].split(/\s+/)
      const group = names[0].slice(0, -1)
      for (const name of NET[group] ?? []) {
        const at = names.indexOf(name)
        if (at > 0) values[name] = Number(nums[at])
      }
    }
  }
  return values
}
function machineSample() {
  const cpu = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1).map(Number)
  const vm = Object.fromEntries(
    fs
      .readFileSync('/proc/vmstat', 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split(' '))
      .filter(([k]) => ['pgmajfault', 'pswpin', 'pswpout', 'pgscan_direct', 'pgsteal_direct', 'allocstall_normal', 'allocstall_movable'].includes(k))
      .map(([k, v]) => [k, Number(v)]),
  )
  const psi = (kind) => {
    try {
      return Number(/some .*total=(\d+)/.exec(fs.readFileSync(`/proc/pressure/${kind}`, 'utf8'))[1]) // µs
    } catch {
      return NaN
    }
  }
  // /proc/stat: user nice system idle iowait irq softirq steal (USER_HZ ticks)
  return {
    at: Date.now(),
    user: cpu[0] + cpu[1],
    system: cpu[2] + cpu[5] + cpu[6],
    idle: cpu[3] + cpu[4],
    steal: cpu[7],
    ...vm,
    cpuPsiUs: psi('cpu'),
    memPsiUs: psi('memory'),
    ...netCounters(),
  }
}
function procSample(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = (key) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN)
    return {
      minflt: Number(f[7]),
      majflt: Number(f[9]),
      utime: Number(f[11]),
      stime: Number(f[12]),
      rssKb: kb('VmRSS'),
      volCtx: kb('voluntary_ctxt_switches'),
      involCtx: kb('nonvoluntary_ctxt_switches'),
    }
  } catch {
    return {}
  }
}

/**
 * Every socket of the server's port, from `ss -tinmo` (kernel TCP state): send/receive queues,
 * the timer the kernel runs on it (persist = waiting on a zero window, on = retransmit), its
 * backoff, drops (skmem d) and retransmits. One sample per --ss ms, kept in memory.
 */
function ssSample(port, into) {
  const at = Date.now()
  execFile('ss', ['-tinmoH', 'state', 'established', `( sport = :${port} or dport = :${port} )`], { encoding: 'utf8' }, (error, text) => {
    if (!error) into.push({ at, sockets: parseSs(port, text) })
  })
}
function parseSs(port, text) {
  const sockets = []
  const lines = text.split('\n')
  for (let i = 0; i + 1 < lines.length; i += 2) {
    const head = lines[i].trim().split(/\s+/)
    const info = lines[i + 1]
    const pick = (re) => re.exec(info)?.[1]
    const local = Number(head[2].split(':').pop())
    const peer = Number(head[3].split(':').pop())
    sockets.push({
      side: local === port ? 'server' : 'client',
      clientPort: local === port ? peer : local,
      recvQ: Number(head[0]),
      sendQ: Number(head[1]),
      timer: /timer:\(([^)]*)\)/.exec(lines[i])?.[1],
      drops: Number(pick(/skmem:\([^)]*d(\d+)\)/)),
      rto: Number(pick(/ rto:(\d+)/)),
      backoff: Number(pick(/ backoff:(\d+)/) ?? 0),
      retrans: pick(/ retrans:(\S+)/),
      sndWnd: Number(pick(/ snd_wnd:(\d+)/)),
      notsent: Number(pick(/ notsent:(\d+)/) ?? 0),
    })
  }
  return sockets
}

function load(url, body, connections, duration, onResponse) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url, method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body, connections, duration, timeout: 30 },
      (error, result) => (error ? reject(error) : resolve(result)),
    )
    if (onResponse) instance.on('response', (client, statusCode, _bytes, ms) => onResponse(client.conn.localPort, statusCode, ms))
  })
}

async function runOne(system, cycle, args, body, expected) {
  const probeFile = path.join(args.out, `${system}-${cycle}.probe`)
  const logFile = path.join(args.out, `${system}-${cycle}.log`)
  const execArgv = ['-r', path.join(__dirname, 'stall-probe.js'), ...(args.traceGc ? ['--trace-gc'] : [])]
  const { child, message, code } = await startChild(path.join(__dirname, 'systems', SCRIPTS[system]), {
    logFile,
    env: benchEnv({ BENCH_TOKEN: TOKEN, STALL_PROBE_FILE: probeFile }),
    execArgv,
  })
  if (!message) throw new Error(`${system} exited with code ${code} before listening`)
  const calls = []
  const machine = []
  const clientLoop = []
  const ssSamples = []
  try {
    const url = `http://127.0.0.1:${message.port}/function`
    const answer = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body })
    assert.equal(answer.status, 200)
    assert.deepEqual(await answer.json(), expected)
    await load(url, body, args.connections, 3)
    await new Promise((resolve) => setTimeout(resolve, 1000))

    const loop = monitorEventLoopDelay({ resolution: 10 })
    loop.enable()
    const sample = () => {
      machine.push({ ...machineSample(), proc: procSample(child.pid), clientLoopMaxMs: +(loop.max / 1e6).toFixed(1) })
      loop.reset()
    }
    sample()
    const ticker = setInterval(sample, 1000)
    const ssTicker = args.ss > 0 ? setInterval(() => ssSample(message.port, ssSamples), args.ss) : undefined
    const started = Date.now()
    const result = await load(url, body, args.connections, args.seconds, (port, status, ms) => calls.push({ end: Date.now(), ms, port, status }))
    clearInterval(ticker)
    clearInterval(ssTicker)
    sample()
    loop.disable()
    const failed = result.errors + result.timeouts + result.non2xx
    return { system, cycle, started, seconds: (Date.now() - started) / 1000, failed, calls, machine, clientLoop, ss: ssSamples }
  } finally {
    await stopChild(child)
  }
}

function readProbe(file) {
  const probe = { seconds: [], gc: [], requests: [] }
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue
    const e = JSON.parse(line)
    if (e.t === 's') probe.seconds.push(e)
    else if (e.t === 'gc') probe.gc.push(e)
    else probe.requests.push(e)
  }
  return probe
}

function percentile(values, p) {
  const sorted = Float64Array.from(values).sort()
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

/** What happened in [from, to]: server loop/GC, machine counter deltas. */
function window(run, from, to) {
  const inside = (at) => at >= from - 1000 && at <= to + 1000
  const seconds = run.probe.seconds.filter((s) => inside(s.at))
  const gc = run.probe.gc.filter((g) => g.at + g.ms >= from && g.at <= to)
  const m = run.machine.filter((s) => s.at >= from - 1000 && s.at <= to + 1000)
  const delta = (key) => (m.length > 1 ? m[m.length - 1][key] - m[0][key] : NaN)
  const pdelta = (key) => (m.length > 1 ? m[m.length - 1].proc[key] - m[0].proc[key] : NaN)
  const ticks = m.length > 1 ? ['user', 'system', 'idle', 'steal'].reduce((sum, k) => sum + delta(k), 0) : NaN
  return {
    serverLoopMaxMs: Math.max(0, ...seconds.map((s) => s.loopMaxMs)),
    serverRssMb: Math.max(0, ...seconds.map((s) => s.rssMb)),
    gcCount: gc.length,
    gcMs: +gc.reduce((a, g) => a + g.ms, 0).toFixed(1),
    gcMaxMs: Math.max(0, ...gc.map((g) => g.ms)),
    clientLoopMaxMs: Math.max(0, ...m.map((s) => s.clientLoopMaxMs)),
    stealPct: Math.round((100 * delta('steal')) / ticks),
    idlePct: Math.round((100 * delta('idle')) / ticks),
    cpuPsiMs: Math.round(delta('cpuPsiUs') / 1000),
    memPsiMs: Math.round(delta('memPsiUs') / 1000),
    majflt: delta('pgmajfault'),
    serverMajflt: pdelta('majflt'),
    serverMinflt: pdelta('minflt'),
    serverCpuMs: (pdelta('utime') + pdelta('stime')) * 10,
    serverInvolCtx: pdelta('involCtx'),
    retrans: delta('RetransSegs'),
    tcpTimeouts: delta('TCPTimeouts'),
    toZeroWin: delta('TCPToZeroWindowAdv'),
    fromZeroWin: delta('TCPFromZeroWindowAdv'),
    wantZeroWin: delta('TCPWantZeroWindowAdv'),
    probes: delta('TCPLossProbes'),
    rcvQDrop: delta('TCPRcvQDrop'),
    pruned: delta('PruneCalled'),
    backlogDrop: delta('TCPBacklogDrop'),
    zeroWinDrop: delta('TCPZeroWindowDrop'),
    ofoDrop: delta('TCPOFODrop'),
  }
}

function analyse(run, stallMs) {
  const ms = run.calls.filter((c) => c.status === 200).map((c) => c.ms)
  const totals = window(run, run.started, run.started + run.seconds * 1000)
  const stalls = run.calls
    .filter((c) => c.ms > stallMs)
    .map((c) => {
      const start = c.end - c.ms
      // The server's record of this call: same client port, headers after the call started.
      const server = run.probe.requests.filter((r) => r.port === c.port && r.head >= start - 5 && r.head <= c.end).sort((a, b) => a.head - b.head)[0]
      const phases = server && {
        toHeadMs: server.head - start,
        bodyMs: server.body - server.head,
        handleMs: server.sent - server.body,
        writeMs: server.done - server.sent,
        afterMs: c.end - server.done,
      }
      const tcp = (run.ss ?? [])
        .filter((x) => x.at >= start && x.at <= c.end)
        .map((x) => ({
          at: x.at - Math.round(start),
          socks: x.sockets
            .filter((k) => k.clientPort === c.port)
            .map((k) => `${k.side} rq${k.recvQ} sq${k.sendQ} ${k.timer ?? '-'} d${k.drops} bo${k.backoff} wnd${k.sndWnd}`),
        }))
      return { start, end: c.end, ms: c.ms, port: c.port, phases, ...window(run, start, c.end), tcp }
    })
  // The baseline: the same measures over every 1-second window of the run without a stall.
  return {
    calls: ms.length,
    minutes: run.seconds / 60,
    p50: percentile(ms, 50),
    p99: percentile(ms, 99),
    // biome-ignore lint/complexity/useMathMinMax: Math.max(...ms) overflows the stack on a long run
    max: ms.reduce((a, b) => (b > a ? b : a), 0),
    over500: ms.filter((x) => x > 500).length,
    totals,
    stalls,
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2))
  const body = JSON.stringify(payloads.requestBody(args.records))
  const expected = payloads.expectedResult(args.records)
  const runs = []
  process.stderr.write(`raw data in ${args.out}\n`)
  for (let cycle = 1; cycle <= args.cycles; cycle++) {
    for (const system of args.systems) {
      process.stderr.write(`  cycle ${cycle}: ${system} ${args.seconds} s ... `)
      const run = await runOne(system, cycle, args, body, expected)
      run.probe = readProbe(path.join(args.out, `${system}-${cycle}.probe`))
      run.analysis = analyse(run, args.stall)
      fs.writeFileSync(path.join(args.out, `${system}-${cycle}.json`), JSON.stringify(run))
      const a = run.analysis
      process.stderr.write(
        `${a.calls} calls, p50 ${a.p50.toFixed(0)} ms, p99 ${a.p99.toFixed(0)} ms, max ${a.max.toFixed(0)} ms, >500 ms: ${a.over500}, stalls: ${a.stalls.length}${run.failed ? `, FAILED ${run.failed}` : ''}\n`,
      )
      process.stderr.write(`    whole run: ${JSON.stringify(a.totals)}\n`)
      for (const s of a.stalls) process.stderr.write(`    stall ${JSON.stringify(s)}\n`)
      runs.push(run)
    }
  }
  console.log(`\n| system | runs | minutes | calls | calls > 500 ms | stalls > ${args.stall} ms | stalls/min | worst p99 of a run, ms | max, ms |`)
  console.log('|---|---|---|---|---|---|---|---|---|')
  for (const system of args.systems) {
    const mine = runs.filter((r) => r.system === system).map((r) => r.analysis)
    const minutes = mine.reduce((a, r) => a + r.minutes, 0)
    const stalls = mine.reduce((a, r) => a + r.stalls.length, 0)
    console.log(
      `| ${system} | ${mine.length} | ${minutes.toFixed(1)} | ${mine.reduce((a, r) => a + r.calls, 0)} | ${mine.reduce((a, r) => a + r.over500, 0)} | ${stalls} | ${(stalls / minutes).toFixed(2)} | ${Math.max(...mine.map((r) => r.p99)).toFixed(0)} | ${Math.max(...mine.map((r) => r.max)).toFixed(0)} |`,
    )
  }
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
