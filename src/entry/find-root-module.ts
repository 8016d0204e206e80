import { readModule } from '../scanner/read-class.js'

/**
 * The `@Module` class an entry exports (as module.exports, `default`, or a named export), or a
 * message when several could be the root. The root is the one no other exported module imports.
 * Plain objects are never inspected, so plain entries do not load reflect-metadata.
 */
export function findRootModule(exported: unknown): Function | string | undefined {
  const preferred = (exported as { default?: unknown } | null)?.default
  if (typeof preferred === 'function' && readModule(preferred)) return preferred
  const candidates = [exported, ...(typeof exported === 'object' && exported !== null ? Object.values(exported) : [])]
  const modules = [...new Set(candidates.filter((value): value is Function => typeof value === 'function' && readModule(value) !== undefined))]
  if (modules.length <= 1) return modules[0]
  const imported = new Set(modules.flatMap((m) => readModule(m)?.imports ?? []))
  const roots = modules.filter((m) => !imported.has(m as never))
  if (roots.length === 1) return roots[0]
  return `it exports several @Module classes (${roots.map((m) => m.name).join(', ')}): export the one to bootstrap as \`default\`.`
}
