import type { ExtensionApp } from '../bootstrap/extension-app.js'
import { PlainApplication } from '../bootstrap/plain-application.js'
import { bootstrap } from '../bootstrap/bootstrap.js'
import type { CapturedHost } from '../core/entry-capture.js'
import { validateConfig, type ExtensionConfig } from '../core/index.js'
import type { Class } from '../decorators/token.js'
import { BootstrapError } from '../errors/framework-errors.js'
import { handlerSource } from '../lambda/handler-source.js'
import { findRootModule } from './find-root-module.js'
import { findPlainConfig } from './plain-config.js'

export class EntryError extends Error {
  override name = 'EntryError'
}

/**
 * The functions an entry file exports, in this order: the config or application its `handler`
 * carries (made by `lambda.createHandler(config)` or `bootstrap(AppModule).lambda()`: what the
 * packaged zip serves, without bootstrapping the app twice); the module itself, `config`, then
 * `default`, each as a plain `{ diy }` / `{ connectors }` config; else a `@Module` class (the
 * root one, when it exports several); else what it asked a host to serve while it loaded
 * (`express.createServer(config)`, `bootstrap(M).express()`: see loadEntryModule). An entry whose only export is some other `handler` has no
 * functions to find: see lambdaHandlerFromEntry for what can still use it.
 */
export function resolveEntry(exported: unknown, file: string, hosts: readonly CapturedHost[] = []): ExtensionApp {
  const record = (exported ?? {}) as Record<string, unknown>
  const source = handlerSource(record.handler)
  if (source) return 'application' in source ? (source.application as ExtensionApp) : checkedPlainApp(source.config, file)
  const config = findPlainConfig(exported)
  if (config) return checkedPlainApp(config, file)
  const root = findRootModule(exported)
  if (typeof root === 'string') throw new EntryError(`${file}: ${root}`)
  if (root) {
    try {
      return bootstrap(root as Class)
    } catch (error) {
      // A mistake in the modules: its message names the class and says how to fix it.
      if (error instanceof BootstrapError) throw new EntryError(`${file}: ${error.message}`)
      throw error
    }
  }
  const started = startedHost(hosts, file)
  if (started) return 'application' in started ? (started.application as ExtensionApp) : checkedPlainApp(started.config, file)
  if (typeof record.handler === 'function') {
    throw new EntryError(
      `${file} exports only a Lambda \`handler\`, and list, serve and invoke need the functions behind it. ` +
        'Create the handler with lambda.createHandler(config) or bootstrap(AppModule).lambda() (it then carries them), ' +
        'or export the config (as `config`) or the @Module class too. (package and invoke --lambda use the handler as it is.)',
    )
  }
  throw new EntryError(
    `${file} exports no extension config. Export { diy } or { connectors } as module.exports, as \`config\` or as \`default\`, ` +
      'the @Module class to bootstrap, or a Lambda `handler` made by lambda.createHandler(config) or bootstrap(AppModule).lambda().',
  )
}

/** The one host an entry asked to start at load, if any; several are refused (which one would the CLI serve?). */
function startedHost(hosts: readonly CapturedHost[], file: string): CapturedHost | undefined {
  if (hosts.length > 1) {
    throw new EntryError(
      `${file} starts ${hosts.length} servers when loaded (${hosts.map((host) => host.via).join(', ')}): export the config (as \`config\`) or the @Module class to use.`,
    )
  }
  return hosts[0]
}

/** A config the hosts would refuse is refused here, with their message, rather than listed or served half-way. */
function checkedPlainApp(config: ExtensionConfig, file: string): ExtensionApp {
  const problem = validateConfig(config)
  if (problem) throw new EntryError(`${file}: its config is not usable: ${problem.message}`)
  // PlainApplication, as Application.fromConfig gives it, without loading the decorator framework
  return new PlainApplication(config)
}
