import type { CallOutcome, Logger } from '../core/index.js'
import type { FunctionManifestEntry } from '../core/describe-config.js'
import type { LambdaHandler } from '../lambda/index.js'
import type { AppExpressOptions, AppServer, CallOptions } from './bootstrap-options.js'

/**
 * One application, whatever it was made from: a decorated `@Module` (`bootstrap(AppModule)`) or a
 * plain `{ diy }` / `{ connectors }` config (`Application.fromConfig(config)`). The CLI (`list`,
 * `serve`, `invoke`, `package`) and the hosts use only this.
 */
export interface ExtensionApp {
  /** Every exposed function: connector, type, name, kind (and for a decorated app its class and method). Starts nothing. */
  describe(): FunctionManifestEntry[]
  /** Calls a function in-process through the dispatch core: the outcome a host would send. `options` override the application's call settings for this call. */
  dispatch(extensionOptions: unknown, functionOptions: unknown, options?: CallOptions): Promise<CallOutcome>
  /** Serves the functions on Express (loaded then, never on the Lambda path). Resolves once listening. */
  express(options: AppExpressOptions): Promise<AppServer>
  /** The Lambda handler of these functions; it carries this application for the CLI. */
  lambda(options?: { logger?: Logger }): LambdaHandler
  /** Closes the Express hosts it started (and a decorated app's providers). */
  close(): Promise<void>
}
