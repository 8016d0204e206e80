/**
 * Mistakes in a decorated application, found by `bootstrap()` before any call is served.
 * Each message names the class (and method) and says how to fix it; texts are in messages.ts.
 */
export class BootstrapError extends Error {
  override name = 'BootstrapError'
}

/** A decorator on something that is not a method, or with a bad argument. */
export class InvalidDecoratorError extends BootstrapError {
  override name = 'InvalidDecoratorError'
}

/** Two functions of one connector with the same name in the same group. */
export class DuplicateFunctionError extends BootstrapError {
  override name = 'DuplicateFunctionError'
}

/** Two connectors with the same `_connectorId`, or two DIY integrations. */
export class DuplicateConnectorError extends BootstrapError {
  override name = 'DuplicateConnectorError'
}

/** `@Diy` together with `@Connector`: on one class, in one module, or in one application. */
export class DiyConnectorConflictError extends BootstrapError {
  override name = 'DiyConnectorConflictError'
}

/** A class with extension decorators that no module lists as a connector or DIY integration. */
export class UnlistedClassError extends BootstrapError {
  override name = 'UnlistedClassError'
}

/** A constructor (or factory) dependency that nothing in its module provides, or that could not be created. */
export class UnresolvedDependencyError extends BootstrapError {
  override name = 'UnresolvedDependencyError'
}

/** Providers that need each other to be created: through constructor parameters, factories or `inject()`. */
export class CircularDependencyError extends UnresolvedDependencyError {
  override name = 'CircularDependencyError'
}

/** A `@Module(...)` whose lists are wrong: not a module, a bad provider, an export it cannot give. */
export class ModuleDefinitionError extends BootstrapError {
  override name = 'ModuleDefinitionError'
}

/** Lifecycle hooks on a provider that does not live long enough to run them (transient). */
export class LifecycleScopeError extends BootstrapError {
  override name = 'LifecycleScopeError'
}

/** `override()` of a token nothing provides, or after the application started. */
export class OverrideError extends BootstrapError {
  override name = 'OverrideError'
}

/** A parameter decorator (`@Inject`, `@Optional`) called as a standard (TC39) decorator, or a standard decorator without `context.metadata`: thrown when the class is defined. */
export class DecoratorSetupError extends TypeError {
  override name = 'DecoratorSetupError'
}

/** Per-call data (bearer token, ids) read while no call runs: in a constructor or `onInit()`. */
export class NoCallContextError extends Error {
  override name = 'NoCallContextError'
}

/** `inject()` called while the container is not creating a class: at top level, after creation, in a call. */
export class InjectContextError extends Error {
  override name = 'InjectContextError'
}

/** `invoke()`, `dispatch()`, `express()` or `lambda()` of an application after its `close()`. */
export class ApplicationClosedError extends Error {
  override name = 'ApplicationClosedError'
}
