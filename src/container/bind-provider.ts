import type { Container, ServiceIdentifier } from 'inversify'
import type { Scope } from '../decorators/module-metadata.js'
import { tokenName, type Token } from '../decorators/token.js'
import { LifecycleScopeError } from '../errors/framework-errors.js'
import { Messages } from '../errors/messages.js'
import { className, dependenciesOrThrow, type ProviderDefinition } from '../scanner/index.js'
import { hasOnDestroy, hasOnInit } from './lifecycle-hooks.js'
import type { Lifecycle } from './lifecycle.js'
import { creator } from './creator.js'

/**
 * Binds one provider in its module's container. Classes are bound as resolved values with their
 * dependencies listed explicitly, so user classes need no inversify metadata (and the decorators
 * never load inversify); their creation runs inside creator(), where `inject()` resolves.
 */
export function bindProvider(container: Container, provider: ProviderDefinition, lifecycle: Lifecycle, moduleName: string): void {
  const id = provider.token as ServiceIdentifier<unknown>
  switch (provider.kind) {
    case 'value':
      container.bind(id).toConstantValue(provider.value)
      return
    case 'existing':
      container.bind(id).toService(provider.existing as ServiceIdentifier<unknown>)
      return
    case 'class': {
      const cls = provider.useClass as unknown as new (...args: unknown[]) => unknown
      if (provider.scope === 'transient') assertNoLifecycleHooks(provider.useClass)
      const dependencies = dependenciesOrThrow(provider.dependencies).map((d) => injectOption(d.token, d.optional))
      const create = creator(container, className(provider.useClass), moduleName, (...args) => new cls(...args))
      scoped(container.bind(id).toResolvedValue(create, dependencies), provider.scope, lifecycle, className(provider.useClass))
      return
    }
    case 'factory': {
      const dependencies = provider.inject.map((d) => injectOption(d.token, d.optional))
      const create = creator(container, `the factory of ${tokenName(provider.token)}`, moduleName, (...args) => provider.factory(...args))
      scoped(container.bind(id).toResolvedValue(create, dependencies), provider.scope, lifecycle, `the factory of ${tokenName(provider.token)}`)
      return
    }
  }
}

/** Binds `token` in an importing module's container to the exporting module's own binding. */
export function bindImported(container: Container, token: Token, exporter: Container): void {
  const id = token as ServiceIdentifier<unknown>
  // Transient here: the exporter's binding decides the scope (its singleton stays one instance).
  container
    .bind(id)
    .toResolvedValue(() => exporter.get(id))
    .inTransientScope()
}

type ScopedSyntax = ReturnType<ReturnType<Container['bind']>['toResolvedValue']>

function scoped(binding: ScopedSyntax, scope: Scope, lifecycle: Lifecycle, name: string): void {
  if (scope === 'transient') {
    binding.inTransientScope()
    return
  }
  binding.inSingletonScope().onActivation((_context, instance) => {
    lifecycle.track(instance, name)
    return instance
  })
}

function injectOption(token: Token, optional: boolean) {
  const serviceIdentifier = token as ServiceIdentifier<unknown>
  return optional ? { serviceIdentifier, optional: true as const } : serviceIdentifier
}

function assertNoLifecycleHooks(cls: Function): void {
  const prototype = cls.prototype as unknown
  const hooks = [hasOnInit(prototype) && 'onInit()', hasOnDestroy(prototype) && 'onDestroy()'].filter(Boolean)
  if (hooks.length > 0) throw new LifecycleScopeError(Messages.transientLifecycle(className(cls), hooks.join(' and ')))
}
