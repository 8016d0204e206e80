import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { PACKAGED_WRAPPERS, findPlainConfig, loadEntryModule, ownHandler, resolveEntry } from '../../entry/index.js'
import { renamedClasses } from '../renamed-classes.js'
import { EXIT, UsageError } from '../run-action.js'
import { tool } from '../tools.js'
import { templateStep, type TemplateFlags } from '../sam/template-step.js'

// Never run on the Lambda path: left out of the bundle so it stays small.
const HOST_ONLY = ['express', 'winston', 'prom-client', 'commander', 'esbuild', 'yazl', '@aws-sdk/*']
/**
 * The export condition under which the package's `exports` name its ES module build (dist/esm/,
 * tools/bundle.js): the user's `import 'integrator-extension'` is bundled from it, as the wrappers
 * are, so that esbuild tree-shakes our code and inversify's. From the published CommonJS room
 * bundles, the plain zip loaded in 8.8 ms instead of 3.0, the decorated one in 51.2 instead of
 * 31.0 (docs/performance.md). A copy without the condition (an older version) still bundles.
 */
const PACKAGE_CONDITION = 'integrator-extension-package'

/**
 * Bundles the entry and its production imports into one index.js (esbuild, after tsc, so
 * decorator metadata survives) and zips it. Bundling is what makes cold starts short.
 */
export async function packageCommand(entry: string, flags: { out: string } & TemplateFlags): Promise<number | void> {
  // Fails early, with the CLI's message, on an entry the zip could not make a handler of (lambda-entry.ts).
  const { exported, hosts } = await loadEntryModule(entry)
  if (hosts.length > 0) {
    // In the zip, requiring the entry would start that server at every cold start.
    throw new UsageError(
      `${entry} starts a server when loaded (${hosts.map((host) => host.via).join(', ')}), which a Lambda zip cannot hold: ` +
        'move the server start to a file of its own (requiring this one) and package a file that only exports the config, the @Module class or a handler.',
    )
  }
  if (!ownHandler(exported)) resolveEntry(exported, entry)
  prepareOut(flags.out, entry)
  // An entry with its own handler or a plain config gets a wrapper that imports neither the
  // decorator framework (inversify, reflect-metadata, the scanner) nor the Express host: a
  // bundle of a fifth of the size, read and compiled at every cold start.
  const plain = ownHandler(exported) !== undefined || findPlainConfig(exported) !== undefined
  const esbuild = tool('esbuild')
  const yazl = tool('yazl')
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'integrator-extension-package-'))
  try {
    const wrapper = plain ? PACKAGED_WRAPPERS.plain : PACKAGED_WRAPPERS.app
    const absoluteEntry = path.resolve(entry)
    // The wrapper's `require('integrator-extension:entry')` is the user's entry; its name is for messages.
    const userEntry: import('esbuild').Plugin = {
      name: 'integrator-extension-entry',
      setup: (build) => build.onResolve({ filter: /^integrator-extension:entry$/ }, () => ({ path: absoluteEntry })),
    }
    const bundle = path.join(work, 'index.js')
    const options: import('esbuild').BuildOptions = {
      entryPoints: [wrapper],
      outfile: bundle,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      // Names kept as written (error messages name the user's classes) without keepNames, whose
      // __name() runs for every closure a call creates: 1-record calls 20.8 → 18.1 µs (plain zip)
      // and 21.3 → 18.7 µs (decorated), a zip 30 → 40 KB and 241 → 437 KB, load unchanged within
      // noise (docs/performance.md). keepNames and full minification only where a class was renamed.
      minifyWhitespace: true,
      minifySyntax: true,
      external: HOST_ONLY,
      conditions: [PACKAGE_CONDITION],
      plugins: [userEntry],
      define: { 'process.env.INTEGRATOR_EXTENSION_ENTRY': JSON.stringify(path.basename(entry)) },
      logLevel: 'error', // esbuild prints what it could not bundle, with file and line
    }
    try {
      const probe = await esbuild.build({ ...options, keepNames: true, write: false })
      const renamed = renamedClasses(probe.outputFiles.find((file) => file.path.endsWith('.js'))?.text ?? '')
      await esbuild.build(renamed.length === 0 ? options : { ...options, minify: true, keepNames: true })
    } catch (error) {
      if (!Array.isArray((error as { errors?: unknown }).errors)) throw error
      process.stderr.write('error: could not bundle the entry: esbuild says why, above.\n')
      return EXIT.failed
    }
    const zip = new yazl.ZipFile()
    zip.addFile(bundle, 'index.js', { mode: 0o100644, mtime: new Date(0) })
    zip.end()
    await new Promise<void>((resolve, reject) => {
      zip.outputStream.pipe(fs.createWriteStream(flags.out)).on('close', resolve).on('error', reject)
    }).catch((error: unknown) => {
      throw new UsageError(`cannot write --out ${flags.out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`)
    })
    const kib = (fs.statSync(flags.out).size / 1024).toFixed(1)
    process.stdout.write(`Wrote ${flags.out} (${kib} KiB). Lambda handler: index.handler\n`)
    templateStep(flags)
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
}

/**
 * Before bundling: --out must name a file whose folder exists or can be made, and that is not
 * something else already (the entry, a source file): only an earlier zip is overwritten.
 */
function prepareOut(out: string, entry: string): void {
  const aFolder = (why: string) => new UsageError(`--out ${out} ${why}: give the zip's file name, e.g. ${path.join(out, 'lambda.zip')}.`)
  if (out.endsWith('/') || out.endsWith(path.sep)) throw aFolder('names a folder')
  let existing: fs.Stats | undefined
  try {
    existing = fs.statSync(out, { throwIfNoEntry: false })
    if (!existing) fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true })
  } catch (error) {
    throw new UsageError(`cannot write --out ${out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`)
  }
  if (!existing) return
  if (existing.isDirectory()) throw aFolder('is a folder')
  if (path.resolve(out) === path.resolve(entry)) throw new UsageError(`--out ${out} is the entry itself: give the zip another name, e.g. lambda.zip.`)
  if (!existing.isFile() || !isZip(out)) {
    throw new UsageError(`--out ${out} exists and is not a zip; it was left as it is. Give a new file name, or remove it first.`)
  }
}

/** A zip starts with a local file header (PK\x03\x04) or, when empty, the end-of-directory record (PK\x05\x06). */
function isZip(file: string): boolean {
  const head = Buffer.alloc(4)
  let read = 0
  try {
    const fd = fs.openSync(file, 'r')
    try {
      read = fs.readSync(fd, head, 0, 4, 0)
    } finally {
      fs.closeSync(fd)
    }
  } catch {
    return false
  }
  return read === 4 && head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6))
}
