import path from 'node:path'

/**
 * The classes (functions) the CommonJS modules loaded so far export, read from Node's own module
 * cache: how bootstrap finds a decorated class that no module of any application reaches, without
 * a registry of ours. Only own data properties are read (a getter, such as a lazy export, is never
 * called), and only files outside node_modules: the application's own code. Not seen: ES modules
 * (not in require.cache), classes a module does not export, code bundled into one file.
 */
export function loadedClasses(cache: NodeJS.Dict<NodeJS.Module> = require.cache): Function[] {
  const found = new Set<Function>()
  for (const [file, module] of Object.entries(cache)) {
    if (module === undefined || file.split(path.sep).includes('node_modules')) continue
    const exported: unknown = module.exports
    if (typeof exported === 'function') found.add(exported)
    if ((typeof exported !== 'object' && typeof exported !== 'function') || exported === null) continue
    try {
      for (const key of Object.keys(exported)) {
        const value = Object.getOwnPropertyDescriptor(exported, key)?.value
        if (typeof value === 'function') found.add(value)
      }
    } catch {
      // exports that cannot be listed (a Proxy that throws): nothing of ours to find there
    }
  }
  return [...found]
}
