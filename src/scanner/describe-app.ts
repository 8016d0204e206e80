import type { FunctionManifestEntry } from '../core/describe-config.js'
import { typeOfProperty } from '../core/groups.js'
import type { FunctionGroup } from '../decorators/function-metadata.js'
import type { AppDefinition } from './app-definition.js'
import { className } from './read-class.js'

/** One function of a decorated application, as `list` shows it and tools read it. */
export interface ManifestEntry extends FunctionManifestEntry {
  /** The module property holding it, or 'flat'. */
  group: FunctionGroup
  className: string
  methodName: string
}

/** Every function the application exposes, in module order, then declaration order. JSON-able. */
export function describeApp(app: AppDefinition): ManifestEntry[] {
  return app.extensions.flatMap((extension) =>
    extension.functions.map((fn) => ({
      connector: extension.connector,
      type: fn.group === 'flat' ? undefined : typeOfProperty(fn.group),
      group: fn.group,
      name: fn.name,
      kind: fn.kind,
      className: className(extension.cls),
      methodName: fn.method,
      source: `${className(extension.cls)}.${fn.method}`,
    })),
  )
}
