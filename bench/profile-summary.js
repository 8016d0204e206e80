'use strict'
// Summarises a .cpuprofile (node --cpu-prof): self time by function and by package/file, and
// inclusive time (the function and what it calls) by function.
//   node bench/profile-summary.js FILE.cpuprofile [--top 25]
const fs = require('node:fs')

const [file, flag, topArg] = process.argv.slice(2)
const top = flag === '--top' ? Number(topArg) : 25
const profile = JSON.parse(fs.readFileSync(file, 'utf8'))
const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const parent = new Map()
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)

const where = (callFrame) =>
  callFrame.url
    .replace(/^file:\/\//, '')
    .replace(/.*node_modules\//, '')
    .replace(/.*\/wt-[^/]+\//, '')
const fnKey = (callFrame) => `${callFrame.functionName || '(anonymous)'}  ${where(callFrame)}:${callFrame.lineNumber + 1}`
const owner = (callFrame) => {
  const w = where(callFrame)
  if (w === '') return `(${callFrame.functionName})`
  if (w.startsWith('node:') || w.startsWith('dist/') || w.startsWith('bench/')) return w
  return w
    .split('/')
    .slice(0, w.startsWith('@') ? 2 : 1)
    .join('/')
}

const self = new Map()
for (let i = 0; i < profile.samples.length; i++) self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0))
const total = [...self.values()].reduce((a, b) => a + b, 0)
const add = (map, key, time) => map.set(key, (map.get(key) ?? 0) + time)
const byFunction = new Map()
const byOwner = new Map()
const inclusive = new Map()
for (const [id, time] of self) {
  const { callFrame } = byId.get(id)
  add(byFunction, fnKey(callFrame), time)
  add(byOwner, owner(callFrame), time)
  const seen = new Set()
  for (let node = id; node !== undefined; node = parent.get(node)) {
    const key = fnKey(byId.get(node).callFrame)
    if (!seen.has(key)) seen.add(key), add(inclusive, key, time)
  }
}
const show = (map) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, t]) => `${((t / total) * 100).toFixed(1).padStart(5)}%  ${k}`)
    .join('\n')
console.log(
  `${file}: ${(total / 1e6).toFixed(2)} s sampled\n\n-- self time by function --\n${show(byFunction)}\n\n` +
    `-- self time by package / file --\n${show(byOwner)}\n\n-- inclusive time by function --\n${show(inclusive)}`,
)
