import {
  Dispatcher,
  ExtensionCallError,
  type CallOutcome,
  type ExtensionConfig,
  type ExtensionOptions,
  type FunctionOptions,
  type Logger,
} from '../core/index.js'
import { Lifecycle, ModuleContainers } from '../container/index.js'
import { ExtensionContext } from '../context/index.js'
import { defaultLogger, hostLogger } from '../logging/index.js'
import { typeOfProperty } from '../core/groups.js'
import { tokenName, type Class, type Token } from '../decorators/token.js'
import { ApplicationClosedError, OverrideError, UnresolvedDependencyError } from '../errors/framework-errors.js'
import { Messages } from '../errors/messages.js'
import { hostCapture, notStarted } from '../core/entry-capture.js'
import { createHandler, type LambdaHandler } from '../lambda/index.js'
import { withHandlerSource } from '../lambda/handler-source.js'
import {
  buildConfig,
  describeApp,
  extensionClassesListedNowhere,
  loadedClasses,
  scanApp,
  toProviderDefinition,
  type AppDefinition,
  type ManifestEntry,
} from '../scanner/index.js'
import type { AppExpressOptions, AppServer, BootstrapOptions, CallOptions, OverrideProvider } from './bootstrap-options.js'
import { definedOnly } from './call-options.js'
import type { ExtensionApp } from './extension-app.js'
import { PlainApplication } from './plain-application.js'
import { serveOnExpress } from './serve-express.js'

/**
 * A decorated application: checked and wired by `bootstrap()`, started by the first of
 * `toConfig()`, `init()`, `express()`, `lambda()`, `invoke()` or `get()`. Starting creates the
 * singletons; `init()` (awaited by express(), invoke() and each Lambda invocation) runs their
 * `onInit()` once. Every host runs the same plain config through the same dispatch core.
 */
export class Application implements ExtensionApp {
  readonly #definition: AppDefinition
  readonly #containers: ModuleContainers
  readonly #lifecycle = new Lifecycle()
  readonly #logger: Logger
  readonly #options: BootstrapOptions
  #started: { config: ExtensionConfig; dispatcher: Dispatcher } | undefined
  #startError: { error: unknown } | undefined
  #initializing: Promise<void> | undefined
  #destroying: Promise<void> | undefined
  #closing: Promise<void> | undefined
  /** Set by close(): calls after it are refused rather than served by destroyed providers. */
  #closed = false
  readonly #servers = new Set<AppServer>()

  /** A plain `{ diy }` / `{ connectors }` config as an application: listed, served, invoked and handed to Lambda the same way. */
  static fromConfig(config: ExtensionConfig): ExtensionApp {
    return new PlainApplication(config)
  }

  /** Use `bootstrap(AppModule, options)`. Throws a BootstrapError for any mistake in the modules. */
  constructor(root: Class, options: BootstrapOptions = {}) {
    this.#options = options
    // Lines outside any host's call (lifecycle, invoke()); the hosts write with their own (hostLogger).
    this.#logger = options.logger ?? defaultLogger()
    this.#definition = scanApp(root)
    warnListedNowhere(this.#logger, this.#definition)
    // Its lines go to the logger of the host serving the call, in that host's format.
    const context = new ExtensionContext(hostLogger(this.#logger))
    this.#containers = new ModuleContainers(this.#definition, [{ kind: 'value', token: ExtensionContext, value: context }], this.#lifecycle)
  }

  /** The bootstrap options every host's dispatcher takes, in one place for express(), lambda() and invoke(). */
  #dispatchOptions(): Pick<BootstrapOptions, 'callTimeout' | 'strictContracts'> {
    return { callTimeout: this.#options.callTimeout, strictContracts: this.#options.strictContracts }
  }

  /**
   * Replaces a provider (a service, a value, a connector class) in every module that provides it,
   * before the application starts; chainable. Tests use it to swap real clients for fakes.
   */
  override<T>(token: Token<T>, provider: OverrideProvider<T>): this {
    if (this.#started || this.#startError) throw new OverrideError(Messages.overrideAfterStart(tokenName(token)))
    const definition = typeof provider === 'object' && provider !== null ? toProviderDefinition(provider, token) : undefined
    if (!definition) throw new OverrideError(Messages.overrideBadProvider(tokenName(token)))
    this.#containers.override(token, definition)
    return this
  }

  /** The plain `{ diy }` or `{ connectors }` config, for the plain hosts. Call `await init()` before serving it yourself. */
  toConfig(): ExtensionConfig {
    return this.#start().config
  }

  /** Runs the providers' `onInit()` once; rejects with the first failure (after destroying what was created). */
  init(): Promise<void> {
    this.#initializing ??= (async () => {
      this.#start()
      await this.#lifecycle.init(this.#logger)
    })()
    return this.#initializing
  }

  /** Serves the application on Express (loaded now, never on the Lambda path). Resolves once initialised and listening. */
  async express(options: AppExpressOptions): Promise<AppServer> {
    // The CLI is loading the entry that calls this: it serves (or lists, or packages) the application itself.
    const capture = hostCapture()
    if (capture) {
      capture.hosts.push({ via: 'bootstrap().express()', application: this })
      return notStarted()
    }
    this.#refuseIfClosed('express')
    const config = this.toConfig()
    await this.init()
    let served: AppServer | undefined
    try {
      served = await serveOnExpress(
        { ...this.#dispatchOptions(), ...config },
        // Without a logger of the application's or these options', the Express host's own lines.
        { ...options, winstonInstance: options.winstonInstance ?? options.logger ?? this.#options.logger },
        async () => {
          try {
            await options.onClose?.()
          } finally {
            if (served) this.#servers.delete(served)
            if (this.#servers.size === 0) await this.#destroy()
          }
        },
      )
    } catch (error) {
      // It could not listen (the port is taken...): what init() started is stopped, so nothing keeps the process up.
      if (this.#servers.size === 0) await this.#destroy().catch(() => undefined)
      throw error
    }
    this.#servers.add(served)
    return served
  }

  /**
   * The async `(event, context)` Lambda handler. Creates the singletons now (a constructor's error
   * fails the cold start) and starts `onInit()`, which the first invocation awaits. The handler
   * carries this application, so the CLI can list, serve and invoke an entry exporting only it.
   */
  lambda(options: { logger?: Logger } = {}): LambdaHandler {
    // The CLI is loading the entry: nothing starts (no instances, no onInit) until the handler is called.
    if (hostCapture()) {
      let started: LambdaHandler | undefined
      const lazy: LambdaHandler = (event, context) => (started ??= this.lambda(options))(event, context)
      return withHandlerSource(lazy, { application: this })
    }
    const config = this.toConfig()
    // Without a logger of the application's or these options', the Lambda host's own lines.
    return createHandler({ ...config, logger: options.logger ?? this.#options.logger, ...this.#dispatchOptions() }, { ready: this.init(), application: this })
  }

  /**
   * Calls the function `extension.method` exposes, in-process, through the same dispatch core (the
   * extension options are made from its decorators), typed by the method: `options` as its first
   * parameter, the result as it returns (a kind's contract, when the decorator names a kind).
   * `await app.invoke(ShopifyConnector, 'preSavePage', { data, ... })`.
   */
  invoke<C extends object, M extends MethodKey<C>>(extension: Class<C>, method: M, options: OptionsOf<C[M]>): Promise<ResultOf<C[M]>>
  /** Calls a function in-process through the same dispatch core: the same results, and its 422 errors thrown as ExtensionCallError. */
  invoke(extensionOptions: ExtensionOptions, functionOptions: FunctionOptions): Promise<unknown>
  async invoke(first: ExtensionOptions | Class, second: FunctionOptions | string, third?: unknown): Promise<unknown> {
    this.#refuseIfClosed('invoke')
    const [extensionOptions, functionOptions] =
      typeof first === 'function' ? [this.#extensionOptionsOf(first, second as string), third as FunctionOptions] : [first, second as FunctionOptions]
    const outcome = await this.dispatch(extensionOptions, functionOptions)
    if (!outcome.ok) throw new ExtensionCallError(outcome.statusCode, outcome.errors)
    return outcome.result
  }

  /** The extension options that reach `cls.method`, from its decorators; a method no decorator exposes is refused. */
  #extensionOptionsOf(cls: Class, method: string): ExtensionOptions {
    const extension = this.#definition.extensions.find((candidate) => candidate.cls === cls)
    const fn = extension?.functions.find((candidate) => candidate.method === method)
    if (!extension || !fn) {
      const why = extension ? `no decorator exposes ${cls.name}.${method}()` : `${cls.name} is not a connector or DIY class of this application`
      throw new TypeError(`invoke(${cls.name}, '${method}'): ${why}. Call a method decorated with @Hook, @Wrapper, ... of a class a module lists.`)
    }
    const type = fn.group === 'flat' ? undefined : typeOfProperty(fn.group)
    return {
      ...(extension.role === 'diy' ? { diy: true } : { _connectorId: extension.connector }),
      ...(type ? { type } : {}),
      function: fn.name,
    } as ExtensionOptions
  }

  /** Like `invoke()`, but answers with the outcome a host would send instead of throwing. */
  async dispatch(extensionOptions: unknown, functionOptions: unknown, callOptions?: CallOptions): Promise<CallOutcome> {
    this.#refuseIfClosed('dispatch')
    await this.init()
    const started = this.#started as { config: ExtensionConfig; dispatcher: Dispatcher }
    const overrides = definedOnly(callOptions)
    // A dispatcher of its own for settings that differ from the application's (built per call: the CLI makes one call).
    const dispatcher = overrides ? new Dispatcher({ ...started.config, ...this.#dispatchOptions(), ...overrides }, this.#logger) : started.dispatcher
    // A copy, as a host's parsed body would be: the core converts date fields in place.
    const options = isPlainObject(functionOptions) ? { ...functionOptions } : functionOptions
    // node:crypto loaded here, not at import: it costs ~10 ms of every Lambda cold start (it loads node:stream), and Lambda never calls this.
    const { randomUUID } = require('node:crypto') as typeof import('node:crypto')
    return dispatcher.dispatch({ extensionOptions, functionOptions: options, requestId: randomUUID() })
  }

  /** The instance for `token`, as the root module resolves it, else the first module that provides it (starts the application). */
  get<T>(token: Token<T>): T {
    this.#start()
    const module = this.#containers.moduleResolving(token)
    if (!module) throw new UnresolvedDependencyError(Messages.getUnknown(tokenName(token)))
    return this.#containers.get<T>(module, token)
  }

  /** Every exposed function: connector, type, name, kind, class and method. JSON-able; starts nothing. */
  describe(): ManifestEntry[] {
    return describeApp(this.#definition)
  }

  /** Closes the Express hosts it started, then runs the providers' `onDestroy()`, dependents first. */
  close(): Promise<void> {
    this.#closing ??= (async () => {
      this.#closed = true
      await Promise.all([...this.#servers].map((served) => served.close()))
      await this.#destroy()
    })()
    return this.#closing
  }

  /**
   * On SIGTERM/SIGINT: `close()`, then exit (0, or 1 if a clean-up failed). For Lambda and other
   * hosts without their own handling; `express()` handles signals itself.
   */
  enableShutdownHooks(signals: readonly NodeJS.Signals[] = ['SIGTERM', 'SIGINT']): this {
    const onSignal = (): void => {
      for (const signal of signals) process.off(signal, onSignal)
      this.close().then(
        () => process.exit(0),
        () => process.exit(1),
      )
    }
    for (const signal of signals) process.once(signal, onSignal)
    return this
  }

  /** Creates the singletons and the config, once. A failure is kept: half-created singletons are not retried. */
  #start(): { config: ExtensionConfig; dispatcher: Dispatcher } {
    if (this.#started) return this.#started
    if (this.#startError) throw this.#startError.error
    try {
      this.#containers.instantiate()
      const config = buildConfig(this.#definition, (extension) => this.#containers.get<object>(extension.module, extension.cls))
      const dispatcher = new Dispatcher({ ...config, ...this.#dispatchOptions() }, this.#logger)
      this.#started = { config, dispatcher }
      return this.#started
    } catch (error) {
      this.#startError = { error }
      throw error
    }
  }

  #refuseIfClosed(method: string): void {
    if (this.#closed) throw new ApplicationClosedError(Messages.applicationClosed(method))
  }

  #destroy(): Promise<void> {
    this.#destroying ??= this.#lifecycle.destroy(this.#logger)
    return this.#destroying
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The names of `C`'s methods. */
export type MethodKey<C> = { [K in keyof C]: C[K] extends (...args: never[]) => unknown ? K : never }[keyof C] & string
/** A method's options: its first parameter. */
export type OptionsOf<F> = F extends (options: infer O, ...rest: never[]) => unknown ? O : never
/** What calling a method resolves to. */
export type ResultOf<F> = F extends (...args: never[]) => infer R ? Awaited<R> : never

/**
 * Warns about each extension class the loaded modules export that no module lists (not even this
 * application's, whose root may not be exported), at each bootstrap: nothing is remembered between them.
 */
function warnListedNowhere(logger: Logger, definition: AppDefinition): void {
  const ownModules = definition.modules.map((module) => module.type)
  for (const { message } of extensionClassesListedNowhere([...ownModules, ...loadedClasses()])) logger.warn(message)
}
