import type { ExtensionConfig, ExtensionModule } from '../core/index.js'
import type { AppDefinition, ExtensionClassDefinition } from './app-definition.js'
import { buildModule } from './build-module.js'

/** The plain `{ diy }` or `{ connectors }` config of an application, from its instances. */
export function buildConfig(app: AppDefinition, instanceOf: (extension: ExtensionClassDefinition) => object): ExtensionConfig {
  if (app.mode === 'diy') return { diy: buildModule(app.extensions[0] as ExtensionClassDefinition, instanceOf(app.extensions[0] as ExtensionClassDefinition)) }
  const connectors: Record<string, ExtensionModule> = {}
  for (const extension of app.extensions) connectors[extension.connector] = buildModule(extension, instanceOf(extension))
  return { connectors }
}
