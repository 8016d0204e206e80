import type { Class, Token } from './token.js'

/** Singleton (the default): one instance per module. Transient: a new instance for each injection. */
export type Scope = 'singleton' | 'transient'

/** A dependency of a factory: a token, or `{ token, optional: true }` for `undefined` when nothing provides it. */
export type InjectSpec = Token | { token: Token; optional?: boolean }

export interface ClassProvider<T = unknown> {
  provide: Token<T>
  useClass: Class<T>
  scope?: Scope
}
export interface ValueProvider<T = unknown> {
  provide: Token<T>
  useValue: T
}
export interface FactoryProvider<T = unknown> {
  provide: Token<T>
  /** Synchronous; receives the `inject` tokens' values in order. For async set-up, use `onInit()`. */
  useFactory: (...deps: never[]) => T
  inject?: readonly InjectSpec[]
  scope?: Scope
}
export interface ExistingProvider<T = unknown> {
  provide: Token<T>
  /** Another token the same module can resolve: an alias. */
  useExisting: Token<T>
}

/** A class (provided as itself) or one of the `{ provide, use... }` forms. */
export type Provider<T = unknown> = Class<T> | ClassProvider<T> | ValueProvider<T> | FactoryProvider<T> | ExistingProvider<T>

/** `@Module({...})`: what a module contributes to the application. */
export interface ModuleOptions {
  /** `@Connector(id)` classes: one plain-API connector module each. */
  connectors?: readonly Class[]
  /** A `@Diy()` class: the application is a DIY integration. Not together with `connectors`. */
  diy?: Class
  /** Services this module creates and can inject. */
  providers?: readonly Provider[]
  /** Modules whose exports this module may inject (their connectors join the application too). */
  imports?: readonly Class[]
  /** Tokens of this module's providers, or imported modules, that importers may inject. */
  exports?: readonly Token[]
}

/** What `@Injectable()` records. */
export interface InjectableOptions {
  scope?: Scope
}
