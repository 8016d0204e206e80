import { classDecorator } from './class-decorator.js'
import { METADATA } from './constants.js'
import type { ModuleOptions } from './module-metadata.js'
import type { AnyModeClassDecorator } from './standard/decorator-types.js'

/**
 * Declares a module: its connectors (or DIY integration), the providers it creates, the modules
 * it imports and what it exports to its importers. `bootstrap(AppModule)` starts from one.
 */
export function Module(options: ModuleOptions): AnyModeClassDecorator {
  return classDecorator('@Module()', (_cls, target) => {
    target.define(METADATA.module, options ?? {})
  })
}
