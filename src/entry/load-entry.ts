import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { ExtensionApp } from '../bootstrap/extension-app.js'
import { captureHosts, type CapturedHost } from '../core/entry-capture.js'
import { EntryError, resolveEntry } from './resolve-entry.js'

/** A loaded entry: what it exports, and the hosts it asked to start while loading (which did not start). */
export interface LoadedEntry {
  readonly exported: unknown
  readonly hosts: readonly CapturedHost[]
}

/**
 * Loads a user's entry file (CommonJS or ESM JavaScript), unresolved. The hosts are in capture
 * mode meanwhile: an entry that starts a server at load (`express.createServer(config)`,
 * `bootstrap(M).express()`) has it recorded, not started, and a `bootstrap(M).lambda()` creates
 * nothing until called, so no command runs the application's lifecycle by loading it.
 */
export async function loadEntryModule(file: string): Promise<LoadedEntry> {
  const absolute = path.resolve(file)
  if (!fs.existsSync(absolute)) throw new EntryError(`Entry file not found: ${file}`)
  if (/\.[cm]?tsx?$/.test(absolute)) {
    throw new EntryError(`${file} is TypeScript: compile it first (tsc) and pass the .js file, so decorator metadata is emitted.`)
  }
  try {
    const { value, hosts } = await captureHosts(() => (absolute.endsWith('.mjs') ? import(pathToFileURL(absolute).href) : require(absolute)))
    return { exported: value as unknown, hosts }
  } catch (error) {
    throw new EntryError(`Could not load ${file}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/** Loads an entry file and resolves its functions (resolveEntry). */
export async function loadEntry(file: string): Promise<ExtensionApp> {
  const { exported, hosts } = await loadEntryModule(file)
  return resolveEntry(exported, file, hosts)
}
