// Cold starts, each in a fresh process, plain and decorated interleaved: `node cold-start.js [runs]`.
// Reports the median milestone times (ms since the process started) and the time from the
// package's import to the first answered call. The Lambda modes also run bundled (esbuild, as
// `integrator-extension package` bundles), since that is how a Lambda should be deployed.
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { buildSync } from 'esbuild'

const RUNS = Number(process.argv[2] ?? 15)
const bundle = path.join(__dirname, 'cold-child.bundle.js')
buildSync({
  entryPoints: [path.join(__dirname, 'cold-child.js')],
  outfile: bundle,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  keepNames: true,
  external: ['express', 'winston', 'prom-client', 'commander', 'esbuild', 'yazl'],
  logLevel: 'error',
})
const MODES = ['plain-lambda', 'decorated-lambda', 'plain-lambda bundled', 'decorated-lambda bundled', 'plain-express', 'decorated-express'] as const
const env = { ...process.env, NODE_EXTRA_CA_CERTS: '' } // it costs ~80 ms per start, and no TLS is used

type Marks = Record<'nodeReady' | 'packageImported' | 'functionsDefined' | 'handlerReady' | 'firstCallAnswered', number>
const results = new Map<string, Marks[]>(MODES.map((m) => [m, []]))
for (let run = 0; run < RUNS; run++) {
  for (const mode of MODES) {
    const [childMode, bundled] = mode.split(' ')
    const script = bundled ? bundle : path.join(__dirname, 'cold-child.js')
    const out = execFileSync(process.execPath, [script, childMode as string], { env, encoding: 'utf8' })
    results.get(mode)?.push(JSON.parse(out.trim().split('\n').pop() as string) as Marks)
  }
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number
const fmt = (ms: number): string => ms.toFixed(1).padStart(7)
console.log(`node ${process.version}, ${RUNS} cold starts per mode, medians in ms`)
console.log('mode                        node ready  pkg imported  fns defined  handler ready  1st call done   import→1st call  setup→1st call')
for (const mode of MODES) {
  const runs = results.get(mode) as Marks[]
  const m = (key: keyof Marks): number => median(runs.map((r) => r[key]))
  const importToCall = median(runs.map((r) => r.firstCallAnswered - r.nodeReady))
  const setupToCall = median(runs.map((r) => r.firstCallAnswered - r.functionsDefined))
  console.log(
    `${mode.padEnd(26)} ${fmt(m('nodeReady'))}    ${fmt(m('packageImported'))}      ${fmt(m('functionsDefined'))}       ${fmt(m('handlerReady'))}        ${fmt(m('firstCallAnswered'))}        ${fmt(importToCall)}         ${fmt(setupToCall)}`,
  )
}
console.log('setup→1st call: from createHandler()/new ExtensionServer() or bootstrap() to the first answered call.')
