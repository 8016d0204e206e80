#!/usr/bin/env node
'use strict'
// After `tsc`: rewrites dist/ so that each room (a folder of src/ with an index) is one file.
//
// Why: a Lambda cold start of `require('integrator-extension/lambda')` resolved, read and compiled
// 27 files, the package root 39; Node pays ~0.3-0.5 ms per file on this machine (resolve, stat,
// read, wrap, compile) before any of it runs (docs/performance.md, "One file per room").
//
// How: esbuild bundles the JavaScript tsc wrote (not the .ts: esbuild drops the decorator metadata
// inversify needs), one bundle per unit:
//   - every room's index.js (dist/<room>/index.js): the room's files are inlined;
//   - every published entry point (package.json `exports`, `bin`) and every file no unit inlined
//     (a file loaded by path, e.g. a worker script).
// An import of another room's file becomes a require of that room's index.js, so that each module
// runs once per process whichever entry point loaded it (one AsyncLocalStorage, one class per
// error type, one process-fault handler); the build fails when a room's index does not export
// every name other rooms import from its files, or when a file would be inlined into two units
// (two copies of its state). Third-party packages stay `require`d, except those in INLINE.
// tsc's .d.ts files stay as they are (types are unchanged); the inlined .js and .js.map files are
// removed, so nothing can load a second copy. Source maps: esbuild composes tsc's maps, so a
// bundle's map points at src/*.ts, with the sources embedded (tsconfig `inlineSources`).
const fs = require('node:fs')
const path = require('node:path')

const ROOT = path.resolve(__dirname, '..')
const DIST = path.join(ROOT, 'dist')

/** Packages bundled into the room that requires them, instead of `require`d from node_modules (see INLINE's users below). */
const INLINE = new Set((process.env.BUNDLE_INLINE ?? '').split(',').filter(Boolean))

const rel = (file) => path.relative(DIST, file).split(path.sep).join('/')
/** The room of a file: its first folder under dist/, '.' for a file at the top. */
const roomOf = (file) => {
  const parts = rel(file).split('/')
  return parts.length > 1 ? parts[0] : '.'
}
const roomIndex = (room) => (room === '.' ? undefined : path.join(DIST, room, 'index.js'))
const hasIndex = (room) => room !== '.' && fs.existsSync(roomIndex(room))
const packageName = (spec) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0])

function allJs(dir) {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.js'))
    .map((d) => path.join(d.parentPath ?? d.path, d.name))
}

function publishedEntries(only) {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'))
  const targets = []
  const walk = (value) => {
    if (typeof value === 'string') targets.push(value)
    else if (value && typeof value === 'object') Object.values(value).forEach(walk)
  }
  walk(pkg.exports)
  if (only !== 'exports') walk(pkg.bin)
  walk(pkg.main)
  return targets.filter((t) => t.endsWith('.js')).map((t) => path.join(ROOT, t)).filter((f) => f.startsWith(DIST + path.sep))
}

const INNER = 'integrator-extension.room-module'
const specFrom = (fromFile, toFile) => {
  const spec = path.relative(path.dirname(fromFile), toFile).split(path.sep).join('/')
  return spec.startsWith('.') ? spec : `./${spec}`
}

async function main() {
  const esbuild = require('esbuild')
  const files = allJs(DIST)
  if (files.some((file) => fs.readFileSync(file, 'utf8').includes('var __commonJS = '))) {
    throw new Error('tools/bundle.js: dist/ is already bundled; run tsc first (npm run build)')
  }
  const fileSet = new Set(files)
  const rooms = [...new Set(files.map(roomOf))].filter(hasIndex)
  const units = [...new Set([...rooms.map(roomIndex), ...publishedEntries()])]
  // Modules whose names an ES module importer may ask for (required here to list them); not the CLI's bin, nor files loaded by path.
  const importable = new Set([...rooms.map(roomIndex), ...publishedEntries('exports')])
  /** Per room index: the room's files other units import (reached through the index's hidden accessor). */
  const innerOf = new Map(rooms.map((room) => [roomIndex(room), new Set()]))
  const out = fs.mkdtempSync(path.join(ROOT, '.bundle-'))

  const bundle = async (unit, write) => {
    const unitRoom = roomOf(unit)
    const outfile = path.join(out, rel(unit))
    const inner = innerOf.get(unit)
    const names = Object.keys(importable.has(unit) ? require(unit) : {}).filter((name) => name !== '__esModule' && /^[A-Za-z_$][\w$]*$/.test(name))
    // The unit's own code, as tsc wrote it, with two additions that shift no line of its source map:
    // on line 1, (room indexes) the accessor through which other units reach the room's files —
    // defined before the room's code runs, as rooms may import each other; at the end, the names
    // in the form Node's ES module import (cjs-module-lexer) reads (the bundle's own re-exports
    // are calls it cannot follow).
    const code = fs.readFileSync(unit, 'utf8')
    const accessor =
      inner && inner.size > 0
        ? `const __roomFiles = { ${[...inner].map((file) => `${JSON.stringify(rel(file))}: () => require(${JSON.stringify(specFrom(unit, file))})`).join(', ')} }; ` +
          `Object.defineProperty(exports, Symbol.for(${JSON.stringify(INNER)}), { value: (file) => __roomFiles[file]() });`
        : ''
    const firstLine = code.indexOf('\n')
    const entry = code.slice(0, firstLine) + accessor + code.slice(firstLine)
    // A footer, since esbuild drops `0 && ...` from the code it bundles.
    const footer = names.length > 0 ? `0 && (module.exports = { ${names.join(', ')} });` : ''
    const plugin = {
      name: 'rooms',
      setup(build) {
        build.onLoad({ filter: /.*/, namespace: 'inner' }, (args) => {
          const [owner, file] = args.path.split('|')
          return { contents: `module.exports = require(${JSON.stringify(specFrom(unit, owner))})[Symbol.for(${JSON.stringify(INNER)})](${JSON.stringify(rel(file))})`, loader: 'js', resolveDir: path.dirname(unit) }
        })
        build.onResolve({ filter: /.*/ }, (args) => {
          if (args.kind === 'entry-point' || args.namespace === 'inner') return args.namespace === 'inner' ? { path: args.path, external: true } : undefined
          if (!args.path.startsWith('.') && !path.isAbsolute(args.path)) {
            return INLINE.has(packageName(args.path)) ? undefined : { path: args.path, external: true }
          }
          const target = path.resolve(args.resolveDir, args.path)
          if (!target.startsWith(DIST + path.sep)) return undefined // a package's own relative import (INLINE)
          if (target === unit) return undefined
          if (units.includes(target)) return { path: specFrom(unit, target), external: true }
          const room = roomOf(target)
          if (room !== unitRoom && hasIndex(room)) {
            const owner = roomIndex(room)
            innerOf.get(owner).add(target)
            return { path: `${owner}|${target}`, namespace: 'inner' }
          }
          return undefined
        })
      },
    }
    const result = await esbuild.build({
      stdin: { contents: entry, resolveDir: path.dirname(unit), sourcefile: unit, loader: 'js' },
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      sourcemap: 'linked',
      footer: { js: footer },
      // Classes and functions keep their own names: esbuild renames what collides across a
      // bundle's modules, and error names (`error.name`, messages) are part of the API.
      keepNames: true,
      sourcesContent: true,
      metafile: true,
      write,
      logLevel: 'error',
      plugins: [plugin],
    })
    return Object.keys(result.metafile.inputs).map((input) => path.resolve(ROOT, input)).filter((file) => fileSet.has(file) && file !== unit)
  }

  try {
    // Dry runs until settled: every room's accessor lists what other units import from it; a file
    // no unit inlines (loaded by path, e.g. a worker script, or by nothing) and a file two units
    // would inline (two copies of its state) become units of their own.
    const total = () => units.length + [...innerOf.values()].reduce((n, set) => n + set.size, 0)
    let inlinedBy
    for (let pass = 0, size = -1; size !== total(); pass++) {
      if (pass > 12) throw new Error("tools/bundle.js: the rooms' imports did not settle")
      size = total()
      inlinedBy = new Map()
      for (const unit of units) for (const file of await bundle(unit, false)) inlinedBy.set(file, [...(inlinedBy.get(file) ?? []), unit])
      if (size !== total()) continue // accessors grew: bundle again before judging
      for (const file of files) if (!units.includes(file) && (inlinedBy.get(file)?.length ?? 0) !== 1) units.push(file)
    }
    for (const unit of units) await bundle(unit, true)
    for (const file of inlinedBy.keys()) {
      if (units.includes(file)) continue
      fs.rmSync(file)
      fs.rmSync(`${file}.map`, { force: true })
    }
    for (const unit of units) {
      const temporary = path.join(out, rel(unit))
      fs.renameSync(temporary, unit)
      fs.renameSync(`${temporary}.map`, `${unit}.map`)
    }
  } finally {
    fs.rmSync(out, { recursive: true, force: true })
  }
  for (const dir of fs.readdirSync(DIST, { recursive: true, withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => path.join(d.parentPath ?? d.path, d.name)).reverse()) {
    if (fs.readdirSync(dir).length === 0) fs.rmdirSync(dir)
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`)
  process.exit(1)
})
