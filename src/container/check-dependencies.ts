import type { Container, ServiceIdentifier } from 'inversify'
import { tokenName, type Token } from '../decorators/token.js'
import { UnresolvedDependencyError } from '../errors/framework-errors.js'
import { Messages } from '../errors/messages.js'
import { className, dependenciesOrThrow, type ProviderDefinition } from '../scanner/index.js'

/**
 * Every non-optional dependency of the provider can be resolved in its module's container.
 * Checked at bootstrap, before anything is created, so the message names the class, the
 * parameter and the module instead of surfacing at the first call.
 */
export function checkDependencies(container: Container, provider: ProviderDefinition, moduleName: string): void {
  const missing = (owner: string, index: number, token: Token): UnresolvedDependencyError =>
    new UnresolvedDependencyError(Messages.unresolvedParameter(owner, index, tokenName(token), moduleName))
  const bound = (token: Token): boolean => container.isBound(token as ServiceIdentifier<unknown>)

  if (provider.kind === 'class') {
    for (const d of dependenciesOrThrow(provider.dependencies)) {
      if (!d.optional && !bound(d.token)) throw missing(`${className(provider.useClass)}'s constructor`, d.index, d.token)
    }
  } else if (provider.kind === 'factory') {
    provider.inject.forEach((d, index) => {
      if (!d.optional && !bound(d.token)) throw missing(`the factory of ${tokenName(provider.token)} (inject[${index}])`, index, d.token)
    })
  } else if (provider.kind === 'existing' && !bound(provider.existing)) {
    throw missing(`the alias ${tokenName(provider.token)} (useExisting)`, 0, provider.existing)
  }
}
