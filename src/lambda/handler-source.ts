import type { ExtensionConfig } from '../core/index.js'

/**
 * What a handler made by this package serves: the config given to `createHandler(config)`, or
 * the application of `bootstrap(AppModule).lambda()` (opaque to this host: entry/ reads it). The
 * CLI reads it to list, serve and invoke an entry that exports only its `handler`.
 */
export type HandlerSource = { readonly config: ExtensionConfig } | { readonly application: object }

// Symbol.for: a CLI installed apart from the entry's own copy of the package still finds it.
const SOURCE = Symbol.for('integrator-extension.handler-source')

/** Attaches `source` to `handler`: non-enumerable and read-only, so copies and JSON never see it. */
export function withHandlerSource<H extends Function>(handler: H, source: HandlerSource): H {
  Object.defineProperty(handler, SOURCE, { value: source, enumerable: false, writable: false, configurable: false })
  return handler
}

/** The source of a handler made by this package; undefined for any other value. */
export function handlerSource(value: unknown): HandlerSource | undefined {
  if (typeof value !== 'function') return undefined
  return (value as unknown as { [SOURCE]?: HandlerSource })[SOURCE]
}
