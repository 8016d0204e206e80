import { DESIGN_PARAMTYPES, METADATA } from '../decorators/constants.js'
import type { InjectedParameter } from '../decorators/inject.js'
import { getOwn } from '../decorators/reflect.js'
import { tokenName, type Token } from '../decorators/token.js'
import { UnresolvedDependencyError } from '../errors/framework-errors.js'
import { Messages } from '../errors/messages.js'
import { className } from './read-class.js'

/** One constructor (or factory) parameter to inject. */
export interface Dependency {
  readonly index: number
  readonly token: Token
  readonly optional: boolean
}

// Types TypeScript records for interfaces, unions, primitives and the like: no provider can be found by them.
const NOT_INJECTABLE_BY_TYPE = new Set<unknown>([undefined, null, Object, Function, String, Number, Boolean, Symbol, BigInt, Array, Promise])

/**
 * The constructor's parameters as tokens: `@Inject(token)` where given, else the type TypeScript
 * recorded (`design:paramtypes`). Throws UnresolvedDependencyError for a parameter no token can name.
 */
export function constructorDependencies(cls: Function): Dependency[] {
  const owner = metadataOwner(cls)
  const types = getOwn<readonly unknown[]>(DESIGN_PARAMTYPES, owner)
  const injected = getOwn<readonly InjectedParameter[]>(METADATA.injectParameters, owner) ?? []
  const optional = new Set(getOwn<readonly number[]>(METADATA.optionalParameters, owner) ?? [])
  const byIndex = new Map(injected.map((p) => [p.index, p.token]))
  const count = Math.max(types?.length ?? 0, owner.length, ...injected.map((p) => p.index + 1))

  const dependencies: Dependency[] = []
  for (let index = 0; index < count; index++) {
    const token = byIndex.get(index)
    if (token !== undefined) {
      dependencies.push({ index, token, optional: optional.has(index) })
      continue
    }
    if (types === undefined) throw new UnresolvedDependencyError(Messages.missingParamTypes(className(cls), count))
    const type = types[index]
    if (NOT_INJECTABLE_BY_TYPE.has(type)) {
      const described = type === undefined ? 'undefined when the class was defined: a circular import?' : tokenName(type)
      throw new UnresolvedDependencyError(Messages.untypedParameter(`${className(cls)}'s constructor`, index, described))
    }
    dependencies.push({ index, token: type as Token, optional: optional.has(index) })
  }
  return dependencies
}

/** A constructor's dependencies, or why they cannot be named: read once per provider, kept as data. */
export type ReadDependencies =
  | { readonly ok: true; readonly dependencies: readonly Dependency[] }
  | { readonly ok: false; readonly error: UnresolvedDependencyError }

/** constructorDependencies as data: an UnresolvedDependencyError is returned, anything else thrown. */
export function readDependencies(cls: Function): ReadDependencies {
  try {
    return { ok: true, dependencies: constructorDependencies(cls) }
  } catch (error) {
    if (error instanceof UnresolvedDependencyError) return { ok: false, error }
    throw error
  }
}

/** The dependencies read, or the error that says why they cannot be named. */
export function dependenciesOrThrow(read: ReadDependencies): readonly Dependency[] {
  if (!read.ok) throw read.error
  return read.dependencies
}

/** The class whose constructor actually runs: the nearest in the chain with recorded parameter metadata. */
function metadataOwner(cls: Function): Function {
  for (let current: unknown = cls; typeof current === 'function' && current !== Function.prototype; current = Object.getPrototypeOf(current)) {
    const fn = current as Function
    if (getOwn(DESIGN_PARAMTYPES, fn) !== undefined || getOwn(METADATA.injectParameters, fn) !== undefined) return fn
  }
  return cls
}
