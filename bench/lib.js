'use strict'
// Shared helpers of the bench runners: child processes, timing, tables.
const { spawn } = require('node:child_process')
const fs = require('node:fs')
const path = require('node:path')
const zlib = require('node:zlib')

/** The environment of every measured process: no extra CA bundle (~80 ms per start), production logging. */
function benchEnv(extra = {}) {
  const env = { ...process.env, NODE_ENV: 'production', ...extra }
  delete env.NODE_EXTRA_CA_CERTS
  delete env.NODE_OPTIONS
  return env
}

/** Starts `script` with an IPC channel and stdout to `logFile`; resolves with its first message, or `undefined` when it exits first. */
function startChild(script, { logFile, env, execArgv = [], args = [] }) {
  const out = fs.openSync(logFile ?? '/dev/null', 'w')
  const child = spawn(process.execPath, [...execArgv, script, ...args], { stdio: ['ignore', out, 'inherit', 'ipc'], env })
  fs.closeSync(out)
  return new Promise((resolve, reject) => {
    const onExit = (code) => resolve({ child, message: undefined, code })
    child.once('exit', onExit)
    child.once('error', reject)
    child.once('message', (message) => {
      child.off('exit', onExit)
      resolve({ child, message })
    })
  })
}

function stopChild(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGINT')
  })
}

/** Peak resident set size of a live process, in MB (Linux: VmHWM). */
function peakRssMb(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  const match = /VmHWM:\s+(\d+) kB/.exec(status)
  return match ? Number(match[1]) / 1024 : NaN
}

/** CPU time (user + system) a live process has used so far, in ms (Linux: /proc/PID/stat, 100 Hz ticks). */
function cpuMs(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) * 10 // utime, stime: fields 14 and 15 of the line
}

function countLines(file) {
  try {
    const text = fs.readFileSync(file, 'latin1')
    let lines = 0
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++
    return lines
  } catch {
    return 0
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

function mean(values) {
  return values.reduce((a, b) => a + b, 0) / values.length
}

/** A markdown table: `rows` are arrays of cells, already formatted. */
function table(header, rows) {
  const widths = header.map((h, i) => Math.max(String(h).length, ...rows.map((r) => String(r[i]).length)))
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n')
}

/** Extracts a zip (stored or deflated entries, as yazl writes them) into `dir`, as Lambda unpacks a deployment package. */
function unzip(zipFile, dir) {
  const zip = fs.readFileSync(zipFile)
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])) // end of central directory
  const count = zip.readUInt16LE(end + 10)
  let at = zip.readUInt32LE(end + 16)
  for (let i = 0; i < count; i++) {
    const [method, size, nameLength, extraLength, commentLength, local] = [10, 20, 28, 30, 32, 42].map((o) =>
      o === 20 || o === 42 ? zip.readUInt32LE(at + o) : zip.readUInt16LE(at + o),
    )
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength)
    at += 46 + nameLength + extraLength + commentLength
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
    const data = zip.subarray(start, start + size)
    const target = path.join(dir, name)
    if (name.endsWith('/')) continue
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.writeFileSync(target, method === 8 ? zlib.inflateRawSync(data) : data)
  }
}

const fixed = (digits) => (value) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a')
const ratio = (value, floor) => (Number.isFinite(value) && Number.isFinite(floor) && floor !== 0 ? `${(value / floor).toFixed(2)}×` : 'n/a')

const ROOT = path.resolve(__dirname, '..')

module.exports = { unzip, benchEnv, startChild, stopChild, peakRssMb, cpuMs, countLines, median, mean, table, fixed, ratio, ROOT }
