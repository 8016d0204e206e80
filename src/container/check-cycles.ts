import { tokenName, type Token } from '../decorators/token.js'
import { CircularDependencyError } from '../errors/framework-errors.js'
import { Messages } from '../errors/messages.js'
import { constructorDependencies, type ModuleDefinition, type ProviderDefinition } from '../scanner/index.js'

interface Node {
  readonly provider: ProviderDefinition
  readonly module: ModuleDefinition
}

/**
 * No provider needs itself through its declared dependencies (constructor parameters, factory
 * `inject` lists, `useExisting`), across modules too. Checked at bootstrap, before anything is
 * created; cycles through `inject()` calls are only known by running constructors, so the
 * container reports those when the application starts (creator.ts).
 */
export function checkCycles(modules: readonly ModuleDefinition[], providersOf: (module: ModuleDefinition) => readonly ProviderDefinition[]): void {
  const done = new Set<ProviderDefinition>()
  const path: Node[] = []

  const resolve = (module: ModuleDefinition, token: Token): Node | undefined => {
    const own = providersOf(module).find((p) => p.token === token)
    if (own) return { provider: own, module }
    for (const imported of module.imports) {
      if (imported.exports.includes(token)) return resolve(imported, token)
    }
    return undefined
  }

  const visit = (node: Node): void => {
    if (done.has(node.provider)) return
    const at = path.findIndex((n) => n.provider === node.provider)
    if (at !== -1) {
      const chain = [...path.slice(at), node].map((n) => tokenName(n.provider.token)).join(' -> ')
      throw new CircularDependencyError(Messages.circularDependency(node.module.name, chain))
    }
    path.push(node)
    for (const token of dependencyTokens(node.provider)) {
      const next = resolve(node.module, token)
      if (next) visit(next)
    }
    path.pop()
    done.add(node.provider)
  }

  for (const module of modules) for (const provider of providersOf(module)) visit({ provider, module })
}

function dependencyTokens(provider: ProviderDefinition): readonly Token[] {
  switch (provider.kind) {
    case 'class':
      return constructorDependencies(provider.useClass).map((d) => d.token)
    case 'factory':
      return provider.inject.map((d) => d.token)
    case 'existing':
      return [provider.existing]
    case 'value':
      return []
  }
}
