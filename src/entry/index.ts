import path from 'node:path'
export { describeConfig, type FunctionManifestEntry } from '../core/describe-config.js'
export { EntryError, resolveEntry } from './resolve-entry.js'
export { loadEntry, loadEntryModule, type LoadedEntry } from './load-entry.js'
export { lambdaHandlerFromEntry } from './lambda-entry.js'
export { findPlainConfig } from './plain-config.js'
export { ownHandler } from './own-handler.js'

/**
 * The packaged zip's index.js sources, which `package` bundles with the user's entry; by path, as
 * the files beside this one in dist/ (tools/bundle.js keeps them there: a file loaded by path is a
 * bundle of its own), so that the CLI finds them wherever its own code was bundled.
 */
export const PACKAGED_WRAPPERS = { plain: path.join(__dirname, 'packaged-plain.js'), app: path.join(__dirname, 'packaged-app.js') } as const
