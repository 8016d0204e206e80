import type * as Framework from '../bootstrap/index.js'
import type { Class } from '../decorators/token.js'
import { loadOnce } from './load-once.js'

const framework = loadOnce(() => require('../bootstrap/index.js') as typeof Framework)

/**
 * `bootstrap(AppModule, options)`, loaded on first call: importing the package for the plain
 * API (a Lambda cold start) never loads the scanner, the container code or inversify.
 * See bootstrap/bootstrap.ts.
 */
export function bootstrap(rootModule: Class, options?: Framework.BootstrapOptions): Framework.Application {
  return framework().bootstrap(rootModule, options)
}
