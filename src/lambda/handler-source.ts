import type { Application } from '../bootstrap/application.js'
import type { LambdaExtensionConfig, LambdaHandler } from './create-handler.js'

/**
 * What a handler made by this package serves: the config given to `createHandler(config)`, or
 * the application of `bootstrap(AppModule).lambda()`. The CLI reads it to list, serve and invoke
 * an entry that exports only its `handler`.
 */
export type HandlerSource = { readonly config: LambdaExtensionConfig } | { readonly application: Application }

// Symbol.for: a CLI installed apart from the entry's own copy of the package still finds it.
const SOURCE = Symbol.for('integrator-extension.handler-source')

/** Attaches `source` to `handler`: non-enumerable and read-only, so copies and JSON never see it. */
export function withHandlerSource(handler: LambdaHandler, source: HandlerSource): LambdaHandler {
  Object.defineProperty(handler, SOURCE, { value: source, enumerable: false, writable: false, configurable: false })
  return handler
}

/** The source of a handler made by this package; undefined for any other value. */
export function handlerSource(value: unknown): HandlerSource | undefined {
  if (typeof value !== 'function') return undefined
  return (value as unknown as { [SOURCE]?: HandlerSource })[SOURCE]
}
