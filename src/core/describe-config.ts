import type { ExtensionConfig, ExtensionModule } from './config.js'
import { kindOf } from './function-kind.js'
import { typeOfProperty } from './groups.js'

/** One callable function: what a user types into integrator.io's forms. */
export interface FunctionManifestEntry {
  /** The `_connectorId`, or 'diy'. */
  connector: string
  /** The request `type` that reaches it; undefined for flat functions. */
  type: string | undefined
  name: string
  /** The contract kind, when declared (e.g. 'preMap'). */
  kind: string | undefined
  /** Where it is defined, when known (e.g. 'ShopifyConnector.ping'). */
  source: string | undefined
}

/** Lists every function a plain config exposes, in a stable order. */
export function describeConfig(config: ExtensionConfig): FunctionManifestEntry[] {
  const modules: Array<[string, ExtensionModule]> = config.diy ? [['diy', config.diy]] : Object.entries(config.connectors ?? {})
  const entries: FunctionManifestEntry[] = []
  for (const [connector, module] of modules) {
    for (const [key, value] of ownEntries(module)) {
      if (typeof value === 'function') {
        entries.push({ connector, type: undefined, name: key, kind: kindOf(value), source: undefined })
      } else if (typeof value === 'object' && value !== null) {
        for (const [name, fn] of ownEntries(value)) {
          if (typeof fn === 'function') entries.push({ connector, type: typeOfProperty(key) ?? key, name, kind: kindOf(fn), source: undefined })
        }
      }
    }
  }
  return entries
}

/** Own data properties plus methods of the object's own classes (what the core can call). */
function ownEntries(target: object): Array<[string, unknown]> {
  const seen = new Set<string>()
  const result: Array<[string, unknown]> = []
  for (let current: object | null = target; current && current !== Object.prototype; current = Object.getPrototypeOf(current) as object | null) {
    for (const key of Object.getOwnPropertyNames(current)) {
      if (seen.has(key) || (current !== target && key === 'constructor')) continue
      seen.add(key)
      const descriptor = Object.getOwnPropertyDescriptor(current, key)
      if (descriptor && 'value' in descriptor) result.push([key, descriptor.value])
    }
  }
  return result
}
