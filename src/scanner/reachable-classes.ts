import type { Class } from '../decorators/token.js'
import { readDependencies, type ReadDependencies } from './constructor-dependencies.js'
import type { ModuleDefinition } from './module-graph.js'
import { className } from './read-class.js'

/**
 * Every class the application can reach: modules, their connectors, diy and class providers,
 * and, transitively, the classes their constructors and factories inject; each with how it is
 * reached (for messages). This is how bootstrap finds the decorated classes the application
 * reaches but no module lists. (Classes nothing reaches are found, for a warning only, among the
 * classes the loaded CommonJS modules export: listed-nowhere.ts. There is no registry of classes.)
 */
export function reachableClasses(modules: readonly ModuleDefinition[]): Map<Class, string> {
  const found = new Map<Class, string>()
  const pending: Class[] = []
  // A class provider's parameters were read with its definition; other classes are read here, once.
  const read = new Map<Class, ReadDependencies>()
  const reach = (cls: unknown, via: string): void => {
    if (typeof cls !== 'function' || found.has(cls as Class)) return
    found.set(cls as Class, via)
    pending.push(cls as Class)
  }
  for (const module of modules) {
    reach(module.type, 'a module')
    for (const provider of module.providers) {
      if (provider.kind === 'class') {
        read.set(provider.useClass, provider.dependencies)
        reach(provider.useClass, `a provider of ${module.name}`)
      }
      if (provider.kind === 'factory') for (const dependency of provider.inject) reach(dependency.token, `injected into a factory of ${module.name}`)
      if (provider.kind === 'existing') reach(provider.existing, `an alias target in ${module.name}`)
    }
  }
  while (pending.length > 0) {
    const cls = pending.pop() as Class
    const dependencies = read.get(cls) ?? readDependencies(cls)
    // A parameter no token names has no class to follow; the container reports it with its module.
    if (!dependencies.ok) continue
    for (const dependency of dependencies.dependencies) reach(dependency.token, `a constructor dependency of ${className(cls)}`)
  }
  return found
}
