import { SYMBOL_METADATA } from '../../symbol-metadata.js'

/** What standard decorators recorded for `cls` itself under `key` (not its base classes'). */
export function standardOwn(key: string, cls: object): unknown {
  if (typeof cls !== 'function' || !Object.hasOwn(cls, SYMBOL_METADATA)) return undefined
  const metadata = (cls as unknown as Record<symbol, Record<string, unknown> | undefined>)[SYMBOL_METADATA]
  return metadata && Object.hasOwn(metadata, key) ? metadata[key] : undefined
}
