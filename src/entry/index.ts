import path from 'node:path'
export { describeConfig, type FunctionManifestEntry } from '../core/describe-config.js'
export { EntryError, resolveEntry } from './resolve-entry.js'
export { loadEntry, loadEntryModule, type LoadedEntry } from './load-entry.js'
export { lambdaHandlerFromEntry } from './lambda-entry.js'
export { findPlainConfig } from './plain-config.js'
export { ownHandler } from './own-handler.js'

/**
 * The packaged zip's index.js sources, which `package` bundles with the user's entry: by path, in
 * the ES module build beside the rooms (dist/esm/entry/, tools/bundle.js), which `package` bundles
 * from so that esbuild leaves out what the handler never reaches.
 */
const ESM_ENTRY = path.join(__dirname, '..', 'esm', 'entry')
export const PACKAGED_WRAPPERS = { plain: path.join(ESM_ENTRY, 'packaged-plain.js'), app: path.join(ESM_ENTRY, 'packaged-app.js') } as const
