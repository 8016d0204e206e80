#!/usr/bin/env node
'use strict'
// After `tsc`: rewrites dist/ so that each room (a folder of src/ with an index) is one file.
//
// Why (docs/performance.md, "One file per room"): a Lambda cold start of
// `require('integrator-extension/lambda')` resolved, read and compiled 26 files, the package root
// 38; Node pays ~0.3-0.5 ms per file here (resolve, stat, read, wrap, compile) before any of it runs.
// And what is compiled costs: from tsc's CommonJS, each module becomes a function the bundle calls
// once (compiled twice: pre-parsed with the file, then in full), with tsc's export helpers; from
// ES modules, esbuild hoists the modules into one scope and leaves out what nothing uses. The
// Lambda host and the core measured 11.9 ms to load as two bundles of tsc's CommonJS, 4.9 ms as
// one of ES modules (median of 15 fresh processes each, alternated).
//
// How: tsc compiles src/ a second time, as ES modules, into a scratch folder (tsc, not esbuild,
// reads the TypeScript: esbuild drops the decorator metadata inversify needs); esbuild bundles
// that, one bundle per unit, into dist/ over tsc's CommonJS:
//   - every room's index.js (dist/<room>/index.js): the room's files are inlined;
//   - every published entry point (package.json `exports`, `bin`); a file no unit inlines (loaded
//     by path, e.g. the packaged zip's wrappers) and a file two units would inline (two copies of
//     its state) become units of their own.
// One unit, HOST (the Lambda host), also carries the modules of other rooms its call path runs, so
// that a Lambda cold start reads one file; those rooms reach them through it (below).
// An import of another room's index is a `require` of that bundle; an import of another room's
// inner file reaches it through that room's bundle (an accessor under a symbol of its exports), so
// each module runs once per process whichever entry point loaded it: one AsyncLocalStorage, one
// class per error type, one process-fault handler. Rooms import each other without loops
// (test/architecture), so a room is loaded whole before another reaches into it.
// A unit whose code writes CommonJS `exports` itself (root/lazy-framework.ts: getters Node's ES
// module import can see) is bundled from tsc's CommonJS instead. Third-party packages stay
// `require`d, except those in VENDORED. tsc's .d.ts files stay as they are; the inlined .js and
// .js.map files are removed, so nothing can load a second copy. Source maps: esbuild composes
// tsc's, so a bundle's map points at src/*.ts, with the sources in it (tsconfig `inlineSources`).
//
// The ES module build is also shipped, as dist/esm/ (every room but the CLI's; no maps, no
// .d.ts): `integrator-extension package` bundles a zip's index.js from it, through the export
// condition PACKAGE_CONDITION, which only that command asks for. Bundled from the room bundles,
// the zip carried whole rooms (no tree shaking) and the whole vendored inversify: plain zip load
// 8.8 ms, decorated 51.2 ms; from dist/esm/, 3.0 ms and 31.0 ms (median of 21 fresh processes,
// alternated; docs/performance.md, "The zips from an ES module build").
const { execFileSync } = require('node:child_process')
const fs = require('node:fs')
const path = require('node:path')

const ROOT = path.resolve(__dirname, '..')
const DIST = path.join(ROOT, 'dist')

/**
 * Packages vendored as one minified file each (dist/vendor/<name>.js), `require`d by the rooms
 * instead of the package in node_modules. inversify 8 is ES modules only, ~300 files that
 * `require(esm)` resolves, reads and links one by one: the decorated sample's unbundled cold start
 * spent ~220 ms loading them (docs/performance.md). Minified: it is not our code (stack traces
 * inside it are inversify's), and its 300 KB read as ~100 KB. No inversify object crosses the
 * package's API (its types appear only in the container room's own declarations), so a copy of
 * its own is safe; the dependency stays for those declarations.
 */
const VENDORED = ['inversify']
const FILE_BY_FILE = ['cli']
const VENDOR = path.join(DIST, 'vendor')
/** The ES module build `package` bundles from (its exports are under PACKAGE_CONDITION in package.json). */
const ESM_DIST = path.join(DIST, 'esm')
const PACKAGE_CONDITION = 'integrator-extension-package'
/** The zip's index.js sources (entry/index.ts PACKAGED_WRAPPERS): bundled from dist/esm/ only, so not kept as CommonJS. */
const ESM_ONLY = ['entry/packaged-plain.js', 'entry/packaged-app.js']
/**
 * The symbol under which a room bundle's exports hold the accessor to its inner files (hidden from
 * `export *` and from ES module importers, which see string names only). A property of the
 * exports, not a registry by path, so that bundling the package again (`package`, a user's own
 * bundler) keeps it working.
 */
const ACCESSOR = 'integrator-extension.room-files'
/**
 * The unit that carries every module a Lambda cold start runs (its static imports, whichever room
 * they belong to): `require('integrator-extension/lambda')` reads this one file. The rooms those
 * modules belong to (core/, logging/) reach them through it, as they reach another room's inner
 * files, so each still runs once per process. As three room bundles (lambda/, core/, logging/:
 * 84 KB, the core's checks, listing and entry capture included), the load took 7.1 ms; as one
 * file of the call path (41 KB), 2.4 ms (median of 21 fresh processes, alternated; bare 0.6 ms).
 */
const HOST = path.join(DIST, 'lambda', 'index.js')
const PACKAGE_ROOT = path.join(DIST, 'index.js')
const PENDING = 'integrator-extension.room-files-pending'

const rel = (file, base = DIST) => path.relative(base, file).split(path.sep).join('/')
/** The room of a dist/ path: its first folder, '.' for a file at the top. */
const roomOf = (file, base = DIST) => {
  const parts = rel(file, base).split('/')
  return parts.length > 1 ? parts[0] : '.'
}
const roomIndex = (room) => (room === '.' ? undefined : path.join(DIST, room, 'index.js'))
const hasIndex = (room) => room !== '.' && fs.existsSync(roomIndex(room))
const packageName = (spec) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0])
const specFrom = (fromFile, toFile) => {
  const spec = path.relative(path.dirname(fromFile), toFile).split(path.sep).join('/')
  return spec.startsWith('.') ? spec : `./${spec}`
}

/** A comment naming every package a vendored bundle holds, each with its version and LICENSE text. */
function licenseBanner(inputs) {
  const dirs = new Set()
  for (const input of inputs) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input.split(path.sep).join('/'))
    if (match) dirs.add(path.resolve(ROOT, match[1]))
  }
  const notices = [...dirs].sort().map((dir) => {
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'))
    const license = fs.readdirSync(dir).find((file) => /^licen[cs]e/i.test(file))
    const text = license ? fs.readFileSync(path.join(dir, license), 'utf8').trim() : `License: ${pkg.license}`
    return `${pkg.name}@${pkg.version}\n\n${text}`
  })
  return `/*!\n * Bundled from npm packages, under their licenses:\n *\n${notices.join('\n\n---\n\n').replaceAll('*/', '* /').split('\n').map((line) => ` * ${line}`.trimEnd()).join('\n')}\n */\n`
}

const isRoomIndex = (file) => roomOf(file) !== '.' && file === roomIndex(roomOf(file))

/**
 * The dist/ files whose modules `unit` runs when it loads: its static imports, followed through
 * every room (a lazy `require()`, e.g. the strictContracts checks, stays out). A room index met on
 * the way must only re-export: the host inlines it, and a second copy of code with state would run.
 */
async function callPathOf(esbuild, unit, from) {
  const result = await esbuild.build({
    entryPoints: [path.join(from, rel(unit))],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
    plugins: [
      {
        name: 'call-path',
        setup(build) {
          build.onResolve({ filter: /.*/ }, (args) => (args.kind === 'require-call' || !(args.path.startsWith('.') || path.isAbsolute(args.path)) ? { path: args.path, external: true } : undefined))
        },
      },
    ],
  })
  const files = new Set(Object.keys(result.metafile.inputs).map((key) => path.join(DIST, rel(path.resolve(ROOT, key), from))))
  files.delete(unit)
  for (const file of files) {
    const source = fs.readFileSync(path.join(from, rel(file)), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')
    if (isRoomIndex(file) && !/^(\s*(export|import)\b[^;]*;?)*\s*$/.test(source)) {
      throw new Error(`tools/bundle.js: ${rel(file)} is on the Lambda host's call path and does more than re-export`)
    }
  }
  return files
}

function allJs(dir) {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.js'))
    .map((d) => path.join(d.parentPath ?? d.path, d.name))
}

function publishedEntries(only) {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'))
  const targets = []
  const walk = (value) => {
    if (typeof value === 'string') targets.push(value)
    else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) if (key !== PACKAGE_CONDITION) walk(inner)
  }
  walk(pkg.exports)
  if (only !== 'exports') walk(pkg.bin)
  walk(pkg.main)
  return targets
    .filter((t) => t.endsWith('.js'))
    .map((t) => path.join(ROOT, t))
    .filter((f) => f.startsWith(DIST + path.sep))
}

async function main() {
  const esbuild = require('esbuild')
  // tsc's CommonJS build of it, before this script bundles the CLI's files (src/cli/renamed-classes.ts; `package` uses it too).
  const { renamedClasses } = require(path.join(DIST, 'cli', 'renamed-classes.js'))
  fs.rmSync(VENDOR, { recursive: true, force: true }) // ours, from the last build: tsc writes everything else again
  fs.rmSync(ESM_DIST, { recursive: true, force: true })
  for (const file of ESM_ONLY) for (const name of [file, `${file}.map`, file.replace(/\.js$/, '.d.ts')]) fs.rmSync(path.join(DIST, name), { force: true })
  const files = allJs(DIST)
  if (files.some((file) => fs.readFileSync(file, 'utf8').includes(ACCESSOR))) {
    throw new Error('tools/bundle.js: dist/ is already bundled; run tsc first (npm run build)')
  }
  const fileSet = new Set(files)
  const rooms = [...new Set(files.map((file) => roomOf(file)))].filter(hasIndex)
  // The CLI stays a file per module (each bundled alone): no cold start waits on it, and its
  // tests read its inner modules (fixtures, the SAM template's YAML) from the build.
  const fileByFile = files.filter((file) => FILE_BY_FILE.includes(roomOf(file)))
  const units = [...new Set([...rooms.map(roomIndex), ...publishedEntries(), ...fileByFile])]
  // Modules whose names an ES module importer may ask for (required here to list them); not the CLI's bin, nor files loaded by path.
  const importable = new Set([...rooms.map(roomIndex), ...publishedEntries('exports')])
  /** Per room index: the room's files other units import. */
  const innerOf = new Map(rooms.map((room) => [roomIndex(room), new Set()]))
  /** Units bundled from tsc's CommonJS (their code writes `exports` itself). */
  const fromCommonJs = new Set()
  const out = fs.mkdtempSync(path.join(ROOT, '.bundle-'))
  // Beside `out`, whose paths mirror dist/'s (the maps' relative paths); a fixed name, as the bundles' comments show it.
  const ESM = path.join(ROOT, '.bundle-esm')
  fs.rmSync(ESM, { recursive: true, force: true })
  const tsc = path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'tsc.cmd' : 'tsc')
  execFileSync(tsc, ['-p', path.join(ROOT, 'tsconfig.json'), '--module', 'esnext', '--moduleResolution', 'bundler', '--declaration', 'false', '--outDir', ESM], { stdio: 'inherit' })
  shipEsm(esbuild, ESM)
  const hosted = await callPathOf(esbuild, HOST, ESM)
  for (const file of hosted) if (!isRoomIndex(file)) innerOf.get(HOST).add(file)

  const bundle = async (unit, write) => {
    const cjs = fromCommonJs.has(unit)
    const base = cjs ? DIST : ESM
    const input = path.join(base, rel(unit)) // the unit in the tree it is bundled from
    const toDist = (file) => path.join(DIST, rel(file, base))
    const unitRoom = roomOf(unit)
    const inner = innerOf.get(unit) ?? new Set()
    // This room's files that the host carries: its accessor hands out the host's modules.
    const forwarded = unit === HOST || !innerOf.has(unit) ? [] : [...hosted].filter((file) => !isRoomIndex(file) && roomIndex(roomOf(file)) === unit)
    const names = Object.keys(importable.has(unit) ? require(unit) : {}).filter((name) => name !== '__esModule' && /^[A-Za-z_$][\w$]*$/.test(name))
    const own = JSON.stringify(specFrom(unit, unit))
    // The unit's module, then (room indexes) its inner files that other units import: handed to
    // the footer, which puts them on the bundle's exports (an ES module entry cannot reach those).
    // The host's modules run at its load anyway: imported as namespaces, esbuild keeps them in the
    // bundle's one scope; `require`d, each would be wrapped in a function compiled a second time
    // when called (load 4.8 → 3.1 ms, median of 21 fresh processes, alternated).
    const eager = (file) => unit === HOST && (hosted.has(file) || roomOf(file) === roomOf(HOST))
    const entry = [
      cjs ? `module.exports = require(${own})` : `export * from ${own}`,
      ...[...inner].map((file, i) => (eager(file) ? `import * as host${i} from ${JSON.stringify(specFrom(unit, file))}` : '')),
      inner.size + forwarded.length === 0
        ? ''
        : `globalThis[Symbol.for(${JSON.stringify(PENDING)})] = { ${[
            ...[...inner].map((file, i) => `${JSON.stringify(rel(file))}: () => ${eager(file) ? `host${i}` : `require(${JSON.stringify(specFrom(unit, file))})`}`),
            ...forwarded.map(
              (file) => `${JSON.stringify(rel(file))}: () => require(${JSON.stringify(specFrom(unit, HOST))})[Symbol.for(${JSON.stringify(ACCESSOR)})](${JSON.stringify(rel(file))})`,
            ),
          ].join(', ')} }`,
    ].join('\n')
    // Then, in the form Node's ES module import (cjs-module-lexer) reads, the names: the bundle's
    // own re-exports are calls it cannot follow (a footer: esbuild drops `0 && ...` from its input).
    const footer = [
      inner.size + forwarded.length === 0
        ? ''
        : `;(() => { const pending = Symbol.for(${JSON.stringify(PENDING)}), files = globalThis[pending]; delete globalThis[pending]; ` +
          `Object.defineProperty(module.exports, Symbol.for(${JSON.stringify(ACCESSOR)}), { value: (file) => files[file]() }) })();`,
      names.length > 0 ? `0 && (module.exports = { ${names.join(', ')} });` : '',
    ].join('\n')
    const plugin = {
      name: 'rooms',
      setup(build) {
        build.onLoad({ filter: /.*/, namespace: 'inner' }, (args) => {
          const [owner, file] = args.path.split('|')
          return {
            contents: `module.exports = require(${JSON.stringify(`room:${owner}`)})[Symbol.for(${JSON.stringify(ACCESSOR)})](${JSON.stringify(rel(file))})`,
            loader: 'js',
            resolveDir: path.dirname(input),
          }
        })
        // Another unit, `require`d once per bundle: Node resolves a `require` again whenever the
        // module was first loaded by another parent (it caches the resolution only when it loads
        // the file), ~30-60 µs each; the decorated cold start resolved 64 times, 11 of them the
        // core's requires of the Lambda host's bundle.
        build.onLoad({ filter: /.*/, namespace: 'room' }, (args) => ({
          contents: `module.exports = require(${JSON.stringify(specFrom(unit, args.path))})`,
          loader: 'js',
          resolveDir: path.dirname(input),
        }))
        build.onResolve({ filter: /.*/ }, (args) => {
          if (args.path.startsWith('room:')) return { path: args.path.slice('room:'.length), namespace: 'room' }
          if (args.namespace === 'inner' || args.namespace === 'room') return { path: args.path, external: true }
          if (!args.path.startsWith('.') && !path.isAbsolute(args.path)) {
            return VENDORED.includes(args.path) ? { path: specFrom(unit, path.join(VENDOR, `${args.path}.js`)), external: true } : { path: args.path, external: true }
          }
          const resolved = path.resolve(args.resolveDir, args.path)
          if (!resolved.startsWith(base + path.sep)) return undefined
          const target = toDist(resolved)
          if (target === unit) return undefined
          if (hosted.has(target)) {
            // A room index on the call path only re-exports (callPathOf checks). The package root
            // (`require('integrator-extension').lambda`, a cold start too) inlines it, so it reaches
            // each module in the host and loads no core bundle; other units `require` that bundle
            // (inlined in each of them, the re-exports cost the decorated cold start ~6 ms).
            if (unit === HOST || (unit === PACKAGE_ROOT && isRoomIndex(target))) return undefined
            if (isRoomIndex(target)) return { path: target, namespace: 'room' }
            innerOf.get(HOST).add(target)
            return { path: `${HOST}|${target}`, namespace: 'inner' }
          }
          if (units.includes(target)) return { path: target, namespace: 'room' }
          const room = roomOf(target)
          if (room !== unitRoom && hasIndex(room)) {
            innerOf.get(roomIndex(room)).add(target)
            return { path: `${roomIndex(room)}|${target}`, namespace: 'inner' }
          }
          return undefined
        })
      },
    }
    const shebang = fs.readFileSync(unit, 'utf8').startsWith('#!') ? fs.readFileSync(unit, 'utf8').split('\n')[0] : '' // the bin's; esbuild keeps only the stdin's
    const result = await esbuild.build({
      banner: { js: shebang },
      stdin: { contents: entry, resolveDir: path.dirname(input), sourcefile: `${rel(unit)} (bundle entry)`, loader: 'js' },
      outfile: path.join(out, rel(unit)),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      sourcemap: 'linked',
      sourcesContent: true,
      footer: { js: footer },
      // Unminified, names stay as written but where two of a bundle's modules declare the same
      // top-level name (esbuild renames one: `leafLength2`). keepNames would undo that with a
      // `__name()` call for every function, also for every closure a call creates: ~2.5 µs per
      // Express call and 1 in 40 samples of its profile. So only the dry runs keep names, to find
      // the renamed ones: a renamed class fails the build (error names are part of the API); a
      // renamed function only reads so in a stack trace.
      keepNames: !write,
      metafile: true,
      write,
      logLevel: 'silent',
      plugins: [plugin],
    })
    // Code that writes `exports` itself is CommonJS: esbuild would leave those writes on an object
    // the bundle replaces. Bundled from tsc's CommonJS instead.
    if (!cjs && result.warnings.some((w) => /CommonJS "(exports|module)" variable/.test(w.text))) {
      fromCommonJs.add(unit)
      return bundle(unit, write)
    }
    if (!write) {
      const [renamed] = renamedClasses(result.outputFiles.find((file) => file.path.endsWith('.js')).text)
      if (renamed) throw new Error(`tools/bundle.js: ${rel(unit)}: two modules declare a class ${renamed.named}; esbuild renamed one ${renamed.declared}. Rename one of them.`)
    }
    return Object.keys(result.metafile.inputs)
      .map((key) => toDist(path.resolve(ROOT, key)))
      .filter((file) => fileSet.has(file) && file !== unit)
  }

  try {
    for (const name of VENDORED) {
      const outfile = path.join(out, 'vendor', `${name}.js`)
      const result = await esbuild.build({ entryPoints: [require.resolve(name)], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', minify: true, keepNames: true, legalComments: 'inline', metafile: true, logLevel: 'error' })
      // Their licenses (MIT) ask for the notice to travel with the code: each bundled package's, on top.
      fs.writeFileSync(outfile, licenseBanner(Object.keys(result.metafile.inputs)) + fs.readFileSync(outfile, 'utf8'))
    }
    // Dry runs until settled: every room lists the inner files other units import from it; a file
    // no unit inlines and a file two units would inline become units of their own.
    const total = () => units.length + fromCommonJs.size + [...innerOf.values()].reduce((n, set) => n + set.size, 0)
    for (let pass = 0, size = -1; size !== total(); pass++) {
      if (pass > 12) throw new Error("tools/bundle.js: the rooms' imports did not settle")
      size = total()
      const inlinedBy = new Map()
      for (const unit of units) for (const file of await bundle(unit, false)) inlinedBy.set(file, [...(inlinedBy.get(file) ?? []), unit])
      if (size !== total()) continue // a room's list grew: bundle again before judging
      for (const file of files) if (!units.includes(file) && (inlinedBy.get(file)?.length ?? 0) !== 1) units.push(file)
    }
    for (const unit of units) await bundle(unit, true)
    const inlined = files.filter((file) => !units.includes(file))
    for (const file of inlined) {
      fs.rmSync(file)
      fs.rmSync(`${file}.map`, { force: true })
    }
    for (const unit of units) {
      const temporary = path.join(out, rel(unit))
      fs.chmodSync(temporary, fs.statSync(unit).mode) // the CLI's bin stays executable
      fs.renameSync(temporary, unit)
      fs.renameSync(`${temporary}.map`, `${unit}.map`)
    }
    fs.mkdirSync(VENDOR, { recursive: true })
    for (const name of VENDORED) fs.renameSync(path.join(out, 'vendor', `${name}.js`), path.join(VENDOR, `${name}.js`))
  } finally {
    fs.rmSync(out, { recursive: true, force: true })
    fs.rmSync(ESM, { recursive: true, force: true })
  }
  for (const dir of fs
    .readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => path.join(d.parentPath ?? d.path, d.name))
    .reverse()) {
    if (fs.readdirSync(dir).length === 0) fs.rmdirSync(dir)
  }
}

/**
 * dist/esm/: the ES module build of every room but the CLI, for `package`. Without source maps (a
 * zip's index.js is minified and carries none) nor comments and whitespace (names are kept: error
 * messages show them): 264 KB of tsc's output ship as 157 KB; npm pack 343 kB without dist/esm/, 397 kB with it.
 */
function shipEsm(esbuild, from) {
  for (const file of allJs(from).filter((file) => !FILE_BY_FILE.includes(roomOf(file, from)))) {
    const target = path.join(ESM_DIST, rel(file, from))
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.writeFileSync(target, esbuild.transformSync(fs.readFileSync(file, 'utf8'), { loader: 'js', minifyWhitespace: true, sourcefile: rel(file, from) }).code)
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`)
  process.exit(1)
})
