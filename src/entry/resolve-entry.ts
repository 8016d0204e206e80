import type { Class } from '../decorators/token.js'
import { decoratedEntryApp } from './decorated-entry-app.js'
import type { EntryApp } from './entry-app.js'
import { findRootModule } from './find-root-module.js'
import { findPlainConfig } from './plain-config.js'
import { plainEntryApp } from './plain-entry-app.js'

export class EntryError extends Error {
  override name = 'EntryError'
}

/**
 * Finds what an entry file exports, in this order: the module itself, `config`, then
 * `default`, each as a plain `{ diy }` / `{ connectors }` config; else a `@Module` class
 * (the root one, when it exports several).
 */
export function resolveEntry(exported: unknown, file: string): EntryApp {
  const config = findPlainConfig(exported)
  if (config) return plainEntryApp(config)
  const root = findRootModule(exported)
  if (typeof root === 'string') throw new EntryError(`${file}: ${root}`)
  if (root) return decoratedEntryApp(root as Class)
  throw new EntryError(
    `${file} exports no extension config. Export { diy } or { connectors } as module.exports, as \`config\` or as \`default\`, ` +
      'or export the @Module class to bootstrap.',
  )
}
