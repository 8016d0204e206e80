import { Dispatcher, type CallOutcome, type ExtensionConfig, type Logger } from '../core/index.js'
import { describeConfig, type FunctionManifestEntry } from '../core/describe-config.js'
import { hostCapture, notStarted } from '../core/entry-capture.js'
import { createHandler, type LambdaHandler } from '../lambda/index.js'
import { defaultLogger } from '../logging/index.js'
import type { AppExpressOptions, AppServer, CallOptions } from './bootstrap-options.js'
import { definedOnly } from './call-options.js'
import type { ExtensionApp } from './extension-app.js'
import { serveOnExpress } from './serve-express.js'

/** The original plain config as an application (`Application.fromConfig(config)`): nothing to start. */
export class PlainApplication implements ExtensionApp {
  #dispatcher: Dispatcher | undefined
  readonly #servers = new Set<AppServer>()

  /** The config must be valid (validateConfig): the dispatcher throws its ExtensionError otherwise. */
  constructor(readonly config: ExtensionConfig) {}

  describe(): FunctionManifestEntry[] {
    return describeConfig(this.config)
  }

  async dispatch(extensionOptions: unknown, functionOptions: unknown, callOptions?: CallOptions): Promise<CallOutcome> {
    const overrides = definedOnly(callOptions)
    if (overrides) return new Dispatcher({ ...this.config, ...overrides }, this.#logger()).dispatch({ extensionOptions, functionOptions })
    this.#dispatcher ??= new Dispatcher(this.config, this.#logger())
    return this.#dispatcher.dispatch({ extensionOptions, functionOptions })
  }

  async express(options: AppExpressOptions): Promise<AppServer> {
    const capture = hostCapture()
    if (capture) {
      capture.hosts.push({ via: 'Application.fromConfig().express()', config: this.config })
      return notStarted()
    }
    let served: AppServer | undefined
    served = await serveOnExpress(this.config, options, async () => {
      try {
        await options.onClose?.()
      } finally {
        if (served) this.#servers.delete(served)
      }
    })
    this.#servers.add(served)
    return served
  }

  /** The config's logger, else the one chosen by where the process runs (the hosts choose their own). */
  #logger(): Logger {
    return this.config.logger ?? defaultLogger()
  }

  lambda(options: { logger?: Logger } = {}): LambdaHandler {
    return createHandler(options.logger ? { ...this.config, logger: options.logger } : this.config)
  }

  async close(): Promise<void> {
    await Promise.all([...this.#servers].map((served) => served.close()))
  }
}
