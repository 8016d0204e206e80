import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { ExtensionApp } from '../bootstrap/extension-app.js'
import { EntryError, resolveEntry } from './resolve-entry.js'

/** Loads a user's entry file (CommonJS or ESM JavaScript): what it exports, unresolved. */
export async function loadEntryModule(file: string): Promise<unknown> {
  const absolute = path.resolve(file)
  if (!fs.existsSync(absolute)) throw new EntryError(`Entry file not found: ${file}`)
  if (/\.[cm]?tsx?$/.test(absolute)) {
    throw new EntryError(`${file} is TypeScript: compile it first (tsc) and pass the .js file, so decorator metadata is emitted.`)
  }
  try {
    return absolute.endsWith('.mjs') ? await import(pathToFileURL(absolute).href) : require(absolute)
  } catch (error) {
    throw new EntryError(`Could not load ${file}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/** Loads an entry file and resolves its functions (resolveEntry). */
export async function loadEntry(file: string): Promise<ExtensionApp> {
  return resolveEntry(await loadEntryModule(file), file)
}
