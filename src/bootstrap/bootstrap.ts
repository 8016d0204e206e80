import type { Class } from '../decorators/token.js'
import { Application } from './application.js'
import type { BootstrapOptions } from './bootstrap-options.js'

/**
 * Reads the decorators from `rootModule` and its imports, checks them and wires the container.
 * Synchronous, so usable at a module's top level (`export const handler = bootstrap(AppModule).lambda()`).
 * Throws a named BootstrapError, naming the class and method, for any mistake it can find
 * before a call is served. Loads inversify; importing the package does not.
 */
export function bootstrap(rootModule: Class, options?: BootstrapOptions): Application {
  return new Application(rootModule, options)
}
