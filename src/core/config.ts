import type { Logger } from './logger.js'

/**
 * A module of extension functions: any object. Functions sit in groups (`hooks`, `wrappers`,
 * `installer`, `uninstaller`, `settings`, `utilities`, or any other property) or on the
 * module itself for flat kinds such as `formInit`. A class instance works too; functions are
 * called with `this` bound to the object that holds them.
 */
export type ExtensionModule = object

/** Host-independent configuration: what the dispatch core needs (protocol.md §1). */
export interface ExtensionConfig {
  /** The module of a do-it-yourself integration. Exactly one of `diy` and `connectors`. */
  diy?: ExtensionModule
  /** `{ [_connectorId]: module }`, one module per connector. */
  connectors?: Record<string, ExtensionModule>
  /**
   * Milliseconds a function may take before its call fails with `function_timeout`.
   * Default 290,000: just under integrator.io's 5-minute wait, so the caller gets an answer.
   */
  callTimeout?: number
  /** Where the core logs late callbacks and faults; default: console. */
  logger?: Logger
  /**
   * Check each result against its function kind's documented rules (docs/contracts) before
   * integrator.io sees it; a violation is a 422 `contract_violation`. Default false (off).
   * The kind comes from `withKind`/decorators, or from the function's name in its group (`hooks.preMap`).
   */
  strictContracts?: boolean
}

/** Who and what a call targets (protocol.md §2). */
export interface ExtensionOptions {
  diy?: boolean
  _connectorId?: string
  /** The group: `hook`, `wrapper`, `setting`, `utility`, `installer`, `uninstaller` or a property name; absent for flat modules. */
  type?: string
  /** The function's name. */
  function?: string
  /** Largest serialized result, in characters; default 5 MiB (5242880). */
  maxResponseSize?: number
  /** Added by the Express host for logging. */
  _reqId?: string
  /** The `traceid` header, added by the Express host. */
  traceId?: string
}

/** The data a function receives as its single `options` argument. Fields depend on the function kind. */
export type FunctionOptions = Record<string, unknown>

/** A Node-style callback, as the original functions take it. */
export type Callback<TResult = unknown> = (error?: unknown, result?: TResult) => void

export const DEFAULT_MAX_RESPONSE_SIZE = 5 * 1024 * 1024
export const DEFAULT_CALL_TIMEOUT_MS = 290_000
