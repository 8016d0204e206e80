import type { ExtensionConfig } from '../core/index.js'

/** The plain `{ diy }` / `{ connectors }` config an entry exports: the module itself, `config`, then `default`. */
export function findPlainConfig(exported: unknown): ExtensionConfig | undefined {
  const record = (exported ?? {}) as Record<string, unknown>
  for (const candidate of [exported, record.config, record.default]) {
    if (isPlainConfig(candidate)) return candidate
  }
  return undefined
}

function isPlainConfig(value: unknown): value is ExtensionConfig {
  return typeof value === 'object' && value !== null && ('diy' in value || 'connectors' in value)
}
