import type { FunctionMetadata } from '../decorators/function-metadata.js'
import type { Class } from '../decorators/token.js'
import {
  DiyConnectorConflictError,
  DuplicateConnectorError,
  InvalidDecoratorError,
  ModuleDefinitionError,
  UnlistedClassError,
} from '../errors/framework-errors.js'
import { Messages } from '../errors/messages.js'
import { checkFunctions } from './check-functions.js'
import { collectModules, type ModuleDefinition } from './module-graph.js'
import { reachableClasses } from './reachable-classes.js'
import { className, isDiy, readConnector, readFunctions, readMisuses } from './read-class.js'

/** A connector or DIY class and the functions it exposes. */
export interface ExtensionClassDefinition {
  readonly role: 'connector' | 'diy'
  /** The `_connectorId`, or 'diy'. */
  readonly connector: string
  readonly cls: Class
  /** The module that lists it (and creates it). */
  readonly module: ModuleDefinition
  readonly functions: readonly FunctionMetadata[]
}

/** Everything the decorators say about an application, checked. Plain data: no instances yet. */
export interface AppDefinition {
  readonly root: ModuleDefinition
  readonly modules: readonly ModuleDefinition[]
  readonly mode: 'diy' | 'connectors'
  readonly extensions: readonly ExtensionClassDefinition[]
}

/**
 * Reads the module tree from `root` and checks it, throwing the first mistake found as a named
 * BootstrapError: misplaced decorators first (they cause the others), then module lists,
 * connector ids, function names and decorated classes no module lists.
 */
export function scanApp(root: unknown): AppDefinition {
  const modules = collectModules(root)
  const reachable = reachableClasses(modules)
  for (const cls of reachable.keys()) checkDecoratorUse(cls)

  const extensions: ExtensionClassDefinition[] = []
  for (const module of modules) {
    for (const cls of module.connectors)
      extensions.push({ role: 'connector', connector: connectorIdOf(cls, module), cls, module, functions: readFunctions(cls) })
    if (module.diy) extensions.push({ role: 'diy', connector: diyOf(module.diy, module), cls: module.diy, module, functions: readFunctions(module.diy) })
  }
  checkConnectorSet(extensions, modules[0] as ModuleDefinition)
  for (const extension of extensions) checkFunctions(extension.cls, extension.functions)
  checkUnlisted(reachable, new Set(extensions.map((e) => e.cls)))

  return {
    root: modules[0] as ModuleDefinition,
    modules,
    mode: extensions.some((e) => e.role === 'diy') ? 'diy' : 'connectors',
    extensions,
  }
}

function checkDecoratorUse(cls: Class): void {
  const misuse = readMisuses(cls)[0]
  if (misuse) throw new InvalidDecoratorError(Messages.invalidDecorator(className(cls), misuse.member, misuse.decorator, misuse.problem, misuse.fix))
  const connector = readConnector(cls)
  if (connector && isDiy(cls)) throw new DiyConnectorConflictError(Messages.diyAndConnectorOnClass(className(cls), connector.id))
}

function connectorIdOf(cls: Class, module: ModuleDefinition): string {
  const connector = readConnector(cls)
  if (connector) return connector.id
  if (isDiy(cls)) throw new DiyConnectorConflictError(Messages.diyListedAsConnector(className(cls), module.name))
  throw new ModuleDefinitionError(Messages.missingConnectorDecorator(className(cls), module.name))
}

function diyOf(cls: Class, module: ModuleDefinition): 'diy' {
  const connector = readConnector(cls)
  if (connector) throw new DiyConnectorConflictError(Messages.connectorListedAsDiy(className(cls), module.name, connector.id))
  if (!isDiy(cls)) throw new ModuleDefinitionError(Messages.missingDiyDecorator(className(cls), module.name))
  return 'diy'
}

/** One id per connector, one DIY integration, never both, and at least one of them. */
function checkConnectorSet(extensions: readonly ExtensionClassDefinition[], root: ModuleDefinition): void {
  const where = (e: ExtensionClassDefinition): string => `${className(e.cls)} (in ${e.module.name})`
  const diys = extensions.filter((e) => e.role === 'diy')
  const connectors = extensions.filter((e) => e.role === 'connector')
  if (diys.length > 1)
    throw new DuplicateConnectorError(Messages.duplicateDiy(where(diys[0] as ExtensionClassDefinition), where(diys[1] as ExtensionClassDefinition)))
  const [diy] = diys
  const [connector] = connectors
  if (diy && connector) throw new DiyConnectorConflictError(Messages.diyAndConnectorsInApp(where(diy), where(connector)))
  if (!diy && !connector) throw new ModuleDefinitionError(Messages.noFunctions(root.name))
  const byId = new Map<string, ExtensionClassDefinition>()
  for (const each of connectors) {
    const first = byId.get(each.connector)
    if (first) throw new DuplicateConnectorError(Messages.duplicateConnector(each.connector, where(first), where(each)))
    byId.set(each.connector, each)
  }
}

function checkUnlisted(reachable: ReadonlyMap<Class, string>, listed: ReadonlySet<Class>): void {
  for (const [cls, via] of reachable) {
    if (listed.has(cls)) continue
    const connector = readConnector(cls)
    if (connector || isDiy(cls)) {
      throw new UnlistedClassError(Messages.unlistedConnector(className(cls), connector ? `@Connector('${connector.id}')` : '@Diy()', via))
    }
    const [fn] = readFunctions(cls)
    if (fn) throw new UnlistedClassError(Messages.unlistedFunctions(className(cls), `${fn.decorator} on ${fn.method}()`, via))
  }
}
