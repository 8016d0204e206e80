import type { InjectSpec, Provider, Scope } from '../decorators/module-metadata.js'
import type { Class, Token } from '../decorators/token.js'
import { ModuleDefinitionError } from '../errors/framework-errors.js'
import { Messages } from '../errors/messages.js'
import { readDependencies, type ReadDependencies } from './constructor-dependencies.js'
import { readInjectable } from './read-class.js'

/** A provider in one normal form, whichever way the module wrote it. */
export type ProviderDefinition =
  | { kind: 'class'; token: Token; useClass: Class; scope: Scope /** its constructor's parameters, read once here */; dependencies: ReadDependencies }
  | { kind: 'value'; token: Token; value: unknown }
  | { kind: 'factory'; token: Token; factory: (...deps: unknown[]) => unknown; inject: FactoryDependency[]; scope: Scope }
  | { kind: 'existing'; token: Token; existing: Token }

export interface FactoryDependency {
  readonly token: Token
  readonly optional: boolean
}

/** A class provider of `cls` as itself: its scope from `@Injectable()`, else singleton. */
export function classProvider(cls: Class, token: Token = cls, scope?: Scope): ProviderDefinition {
  return { kind: 'class', token, useClass: cls, scope: scope ?? readInjectable(cls)?.scope ?? 'singleton', dependencies: readDependencies(cls) }
}

/** Normalises one entry of a module's `providers` (or an `override()`); undefined when it has no known shape. */
export function toProviderDefinition(provider: Provider | unknown, token?: Token): ProviderDefinition | undefined {
  if (typeof provider === 'function') return classProvider(provider as Class)
  if (typeof provider !== 'object' || provider === null) return undefined
  const p = provider as Record<string, unknown>
  const provide = (token ?? p.provide) as Token | undefined
  if (!isToken(provide)) return undefined
  const scope = p.scope === 'transient' || p.scope === 'singleton' ? p.scope : undefined
  if (p.scope !== undefined && scope === undefined) return undefined
  if ('useValue' in p) return { kind: 'value', token: provide, value: p.useValue }
  if (typeof p.useClass === 'function') return classProvider(p.useClass as Class, provide, scope)
  if (typeof p.useFactory === 'function') {
    const inject = toFactoryDependencies(p.inject)
    if (!inject) return undefined
    return { kind: 'factory', token: provide, factory: p.useFactory as (...deps: unknown[]) => unknown, inject, scope: scope ?? 'singleton' }
  }
  if (isToken(p.useExisting)) return { kind: 'existing', token: provide, existing: p.useExisting }
  return undefined
}

/** Like toProviderDefinition, for a module's list: a bad entry is a ModuleDefinitionError naming it. */
export function moduleProvider(provider: unknown, moduleName: string, index: number): ProviderDefinition {
  const definition = toProviderDefinition(provider)
  if (!definition) throw new ModuleDefinitionError(Messages.badProvider(moduleName, index))
  return definition
}

function toFactoryDependencies(inject: unknown): FactoryDependency[] | undefined {
  if (inject === undefined) return []
  if (!Array.isArray(inject)) return undefined
  const result: FactoryDependency[] = []
  for (const spec of inject as InjectSpec[]) {
    if (isToken(spec)) result.push({ token: spec, optional: false })
    else if (typeof spec === 'object' && spec !== null && isToken(spec.token)) result.push({ token: spec.token, optional: spec.optional === true })
    else return undefined
  }
  return result
}

export function isToken(value: unknown): value is Token {
  return typeof value === 'function' || typeof value === 'symbol' || (typeof value === 'string' && value !== '')
}
