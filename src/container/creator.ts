import type { Container, ServiceIdentifier } from 'inversify'
import { tokenName } from '../decorators/token.js'
import { CircularDependencyError, UnresolvedDependencyError } from '../errors/framework-errors.js'
import { Messages } from '../errors/messages.js'
import { creationsSince, whileCreating, type Creation } from './inject.js'

type Create = (...args: unknown[]) => unknown

/**
 * Wraps how one binding creates its value so that `inject()` works while it runs: calls made by
 * the class's field initializers and constructor body (or by the factory) resolve in `container`,
 * the module's own. A missing provider and a cycle through `inject()` are thrown named, with the
 * class that called inject(), the token and the module (not as a stack overflow).
 */
export function creator(container: Container, owner: string, moduleName: string, make: Create): Create {
  let inProgress: Creation | undefined
  return (...args) => {
    if (inProgress !== undefined) throw new CircularDependencyError(Messages.circularDependency(moduleName, cycleOf(inProgress, owner)))
    const creation: Creation = {
      owner,
      injecting: undefined,
      resolve: (token, optional) => {
        const id = token as ServiceIdentifier<unknown>
        if (!container.isBound(id)) {
          if (optional) return undefined
          throw new UnresolvedDependencyError(Messages.unresolvedInject(owner, tokenName(token), moduleName))
        }
        creation.injecting = token
        try {
          return container.get(id)
        } finally {
          creation.injecting = undefined
        }
      },
    }
    inProgress = creation
    try {
      return whileCreating(creation, () => make(...args))
    } finally {
      inProgress = undefined
    }
  }
}

/** 'A -> B -> A': the creators from `first` on, with the tokens they inject where those are not the next creator. */
function cycleOf(first: Creation, owner: string): string {
  const chain = creationsSince((c) => c === first)
  const parts: string[] = []
  chain.forEach((creation, i) => {
    parts.push(creation.owner)
    const next = i + 1 < chain.length ? (chain[i + 1] as Creation).owner : owner
    if (creation.injecting !== undefined && tokenName(creation.injecting) !== next) parts.push(tokenName(creation.injecting))
  })
  return [...parts, owner].join(' -> ')
}
