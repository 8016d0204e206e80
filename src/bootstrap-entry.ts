import type * as Framework from './bootstrap/index.js'
import type { Class } from './decorators/token.js'

let framework: typeof Framework | undefined

/**
 * `bootstrap(AppModule, options)`, loaded on first call: importing the package for the plain
 * API (a Lambda cold start) never loads the scanner, the container code or inversify.
 * See bootstrap/bootstrap.ts.
 */
export function bootstrap(rootModule: Class, options?: Framework.BootstrapOptions): Framework.Application {
  framework ??= require('./bootstrap/index.js') as typeof Framework
  return framework.bootstrap(rootModule, options)
}
