import type { Container, ServiceIdentifier } from 'inversify'
import { tokenName, type Token } from '../decorators/token.js'
import { OverrideError, UnresolvedDependencyError } from '../errors/framework-errors.js'
import { Messages } from '../errors/messages.js'
import type { AppDefinition, ModuleDefinition, ProviderDefinition } from '../scanner/index.js'
import { bindImported, bindProvider } from './bind-provider.js'
import { checkDependencies } from './check-dependencies.js'
import { checkCycles } from './check-cycles.js'
import type { Lifecycle } from './lifecycle.js'
import { loadInversify } from './load-inversify.js'

/**
 * One inversify container per module: a module sees its own providers and what its imports
 * export, nothing else (two modules may each provide their own CONFIG). Building binds and
 * checks; nothing is created until `instantiate()`, so `override()` can still replace providers.
 */
export class ModuleContainers {
  private readonly containers = new Map<ModuleDefinition, Container>()
  private readonly own = new Map<ModuleDefinition, ProviderDefinition[]>()

  /** `globals`: providers every module gets unless it provides the token itself (e.g. ExtensionContext). */
  constructor(
    private readonly app: AppDefinition,
    globals: readonly ProviderDefinition[],
    private readonly lifecycle: Lifecycle,
  ) {
    const { Container: InversifyContainer } = loadInversify()
    for (const module of app.modules) {
      const container = new InversifyContainer()
      const providers = [...module.providers, ...globals.filter((g) => !module.providers.some((p) => p.token === g.token))]
      for (const provider of providers) bindProvider(container, provider, lifecycle, module.name)
      this.containers.set(module, container)
      this.own.set(module, providers)
    }
    for (const module of app.modules) {
      const container = this.containerOf(module)
      for (const imported of module.imports) {
        for (const token of imported.exports) {
          if (!container.isBound(token as ServiceIdentifier<unknown>)) bindImported(container, token, this.containerOf(imported))
        }
      }
    }
    for (const module of app.modules) {
      for (const provider of this.ownProviders(module)) checkDependencies(this.containerOf(module), provider, module.name)
    }
    checkCycles(app.modules, (module) => this.ownProviders(module))
  }

  /** Replaces the provider of `token` in every module that provides it. Before `instantiate()` only. */
  override(token: Token, provider: ProviderDefinition): void {
    const owners = this.app.modules.filter((m) => this.ownProviders(m).some((p) => p.token === token))
    if (owners.length === 0) throw new OverrideError(Messages.overrideUnknown(tokenName(token)))
    for (const module of owners) {
      const container = this.containerOf(module)
      container.unbind(token as ServiceIdentifier<unknown>)
      bindProvider(container, provider, this.lifecycle, module.name)
      const providers = this.ownProviders(module)
      providers[providers.findIndex((p) => p.token === token)] = provider
    }
    for (const module of owners) checkDependencies(this.containerOf(module), provider, module.name)
    checkCycles(this.app.modules, (module) => this.ownProviders(module))
  }

  /**
   * Creates every singleton now, dependencies first, so that construction errors surface at
   * start and `onInit()` can run before the first call. A user constructor's own error is
   * thrown as is; a resolution failure (e.g. a dependency cycle) as UnresolvedDependencyError.
   */
  instantiate(): void {
    for (const module of this.app.modules) {
      for (const provider of this.ownProviders(module)) {
        if (provider.kind === 'existing' || (provider.kind !== 'value' && provider.scope === 'transient')) continue
        this.get(module, provider.token)
      }
    }
  }

  /** The first module (the root, then its imports) that can resolve `token`, if any. */
  moduleResolving(token: Token): ModuleDefinition | undefined {
    return this.app.modules.find((m) => this.containerOf(m).isBound(token as ServiceIdentifier<unknown>))
  }

  get<T>(module: ModuleDefinition, token: Token): T {
    try {
      return this.containerOf(module).get<T>(token as ServiceIdentifier<T>)
    } catch (error) {
      if (isResolutionFailure(error)) {
        throw new UnresolvedDependencyError(Messages.creationFailed(tokenName(token), module.name, (error as Error).message), { cause: error })
      }
      throw error
    }
  }

  private containerOf(module: ModuleDefinition): Container {
    return this.containers.get(module) as Container
  }

  private ownProviders(module: ModuleDefinition): ProviderDefinition[] {
    return this.own.get(module) as ProviderDefinition[]
  }
}

/** inversify's own errors, and the stack overflow of a dependency cycle that crosses modules. */
function isResolutionFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  return error.constructor.name === 'InversifyCoreError' || (error instanceof RangeError && /call stack/i.test(error.message))
}
