import type { ModuleOptions } from '../decorators/module-metadata.js'
import { tokenName, type Class, type Token } from '../decorators/token.js'
import { DiyConnectorConflictError, ModuleDefinitionError } from '../errors/framework-errors.js'
import { Messages } from '../errors/messages.js'
import { classProvider, isToken, moduleProvider, type ProviderDefinition } from './provider-definition.js'
import { className, readModule } from './read-class.js'

/** One `@Module` class, its lists checked and normalised. */
export interface ModuleDefinition {
  readonly type: Class
  readonly name: string
  /** What the module creates: its providers, connectors and diy. */
  readonly providers: ProviderDefinition[]
  readonly connectors: readonly Class[]
  readonly diy: Class | undefined
  readonly imports: ModuleDefinition[]
  /** The tokens importers may inject (module re-exports flattened). */
  readonly exports: Token[]
}

/** Every module reachable from `root` through `imports`, each once, importers before their imports. */
export function collectModules(root: unknown): ModuleDefinition[] {
  if (!readModule(root)) throw new ModuleDefinitionError(Messages.notAModule(describe(root), 'given to bootstrap()'))
  const byType = new Map<Class, ModuleDefinition & { options: ModuleOptions }>()
  const visit = (type: Class): ModuleDefinition => {
    const known = byType.get(type)
    if (known) return known
    const options = readModule(type) as ModuleOptions
    const name = className(type)
    const connectors = classList(options.connectors, name, 'connectors')
    const diy = options.diy as Class | undefined
    if (diy !== undefined && typeof diy !== 'function') throw new ModuleDefinitionError(Messages.badListEntry(name, 'diy', 0, 'a class'))
    if (diy !== undefined && connectors.length > 0) throw new DiyConnectorConflictError(Messages.diyAndConnectorsInModule(name))
    const providers = list(options.providers, name, 'providers').map((p, i) => moduleProvider(p, name, i))
    for (const cls of diy ? [...connectors, diy] : connectors) {
      if (!providers.some((p) => p.token === cls)) providers.push(classProvider(cls, cls, 'singleton'))
    }
    const module = { type, name, options, providers, connectors, diy, imports: [] as ModuleDefinition[], exports: [] as Token[] }
    byType.set(type, module)
    list(options.imports, name, 'imports').forEach((imported, i) => {
      if (!readModule(imported)) throw new ModuleDefinitionError(Messages.notAModule(describe(imported), `(${name}'s imports[${i}])`))
      module.imports.push(visit(imported as Class))
    })
    return module
  }
  visit(root as Class)
  const modules = [...byType.values()]
  const state = { done: new Set<ModuleDefinition>(), inProgress: new Set<ModuleDefinition>() }
  for (const module of modules) resolveExports(module, state)
  return modules
}

/** Flattens `exports`: a token the module provides or imports, or an imported module (its exports). */
function resolveExports(module: ModuleDefinition & { options: ModuleOptions }, state: ExportState): Token[] {
  if (state.done.has(module) || state.inProgress.has(module)) return module.exports
  state.inProgress.add(module)
  const tokens = new Set<Token>()
  list(module.options.exports, module.name, 'exports').forEach((entry, i) => {
    const importedModule = module.imports.find((m) => m.type === entry) as (ModuleDefinition & { options: ModuleOptions }) | undefined
    if (importedModule) {
      for (const token of resolveExports(importedModule, state)) tokens.add(token)
      return
    }
    if (!isToken(entry)) throw new ModuleDefinitionError(Messages.badListEntry(module.name, 'exports', i, 'a token or an imported module'))
    const visible =
      module.providers.some((p) => p.token === entry) ||
      module.imports.some((m) => resolveExports(m as ModuleDefinition & { options: ModuleOptions }, state).includes(entry))
    if (!visible) throw new ModuleDefinitionError(Messages.badExport(module.name, tokenName(entry)))
    tokens.add(entry)
  })
  module.exports.push(...tokens)
  state.inProgress.delete(module)
  state.done.add(module)
  return module.exports
}

interface ExportState {
  done: Set<ModuleDefinition>
  inProgress: Set<ModuleDefinition>
}

function list(value: unknown, moduleName: string, field: string): readonly unknown[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) throw new ModuleDefinitionError(Messages.notAnArray(moduleName, field))
  return value
}

function classList(value: unknown, moduleName: string, field: string): Class[] {
  return list(value, moduleName, field).map((entry, i) => {
    if (typeof entry !== 'function') throw new ModuleDefinitionError(Messages.badListEntry(moduleName, field, i, 'a class'))
    return entry as Class
  })
}

function describe(value: unknown): string {
  return typeof value === 'function' ? className(value) : String(value)
}
