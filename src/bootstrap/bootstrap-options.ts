import type { Logger } from '../core/index.js'
import type { InjectSpec, Scope } from '../decorators/module-metadata.js'
import type { Class } from '../decorators/token.js'
import type { ExpressExtensionConfig, ExtensionServer } from '../express/index.js'

export interface BootstrapOptions {
  /**
   * Where the application logs (lifecycle failures, `ExtensionContext.logger`, the Lambda handler's
   * per-call lines), and the Express host unless its options name another. Default: the console.
   */
  logger?: Logger
  /** Milliseconds a function may take before its call fails with `function_timeout` (core default: 290,000). */
  callTimeout?: number
  /** Check every result against its function kind's rules (docs/contracts); default false. */
  strictContracts?: boolean
}

/** Per-call settings of `dispatch()` that override the application's own (the CLI's `invoke --strict-contracts --call-timeout`). */
export type CallOptions = Pick<BootstrapOptions, 'callTimeout' | 'strictContracts'>

/** `app.express(options)`: the Express host's options; the functions come from the application. */
export type AppExpressOptions = Omit<ExpressExtensionConfig, 'diy' | 'connectors'>

/** A running Express host of an application. */
export interface AppServer {
  /** The port listened on (useful with `port: 0`). */
  readonly port: number
  readonly server: ExtensionServer
  /** Stops accepting, lets in-flight calls finish, then runs the providers' `onDestroy()`. */
  close(): Promise<void>
}

/** What may stand in for a `T`: a `T`, or anything with its public members (a fake needs no private fields). */
export type Replacement<T> = T | Pick<T, keyof T>

/**
 * What `useValue` may be: a `T`, or a partial fake of it: any of its public members (no private
 * ones demanded), each of its own type, and no member `T` lacks (an object literal's excess
 * properties are refused). A function or primitive token takes a value of its own type.
 */
export type Fake<T> = T extends (...args: never[]) => unknown ? T : T extends object ? Partial<Pick<T, keyof T>> : T

/** A replacement for a provider, e.g. in a test. */
export type OverrideProvider<T> =
  | { useValue: Fake<T> }
  | { useClass: Class<Replacement<T>>; scope?: Scope }
  | { useFactory: (...deps: never[]) => Replacement<T>; inject?: readonly InjectSpec[]; scope?: Scope }
