import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { EntryApp } from './entry-app.js'
import { EntryError, resolveEntry } from './resolve-entry.js'

/** Loads a user's entry file (CommonJS or ESM JavaScript) and resolves what it exports. */
export async function loadEntry(file: string): Promise<EntryApp> {
  return resolveEntry(await loadEntryExports(file), file)
}

/** What a user's entry file (CommonJS or ESM JavaScript) exports, or an EntryError. */
export async function loadEntryExports(file: string): Promise<unknown> {
  const absolute = path.resolve(file)
  if (!fs.existsSync(absolute)) throw new EntryError(`Entry file not found: ${file}`)
  if (/\.[cm]?tsx?$/.test(absolute)) {
    throw new EntryError(`${file} is TypeScript: compile it first (tsc) and pass the .js file, so decorator metadata is emitted.`)
  }
  let exported: unknown
  try {
    exported = absolute.endsWith('.mjs') ? await import(pathToFileURL(absolute).href) : require(absolute)
  } catch (error) {
    throw new EntryError(`Could not load ${file}: ${error instanceof Error ? error.message : String(error)}`)
  }
  return exported
}
