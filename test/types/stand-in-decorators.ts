/**
 * Stand-ins for the decorator layer's @Hook, @Wrapper, ..., typed the way the real ones are to be
 * overloaded: a documented kind (alone or in `{ kind, name }`) gives a KindMethodDecorator that checks
 * the method; a plain name or nothing stays untyped. Only types matter here: the suite is compiled
 * with `tsc --noEmit`, never run.
 */
import type { ContractGroup, ContractKind, KindMethodDecorator } from 'integrator-extension'

interface Typed<G extends ContractGroup> {
  <K extends ContractKind<G>>(kind: K): KindMethodDecorator<G, K>
  <K extends ContractKind<G>>(options: { kind: K; name?: string }): KindMethodDecorator<G, K>
  (nameOrOptions?: string | { name?: string }): MethodDecorator
}

function standIn<G extends ContractGroup>(_group: G): Typed<G> {
  return (() => () => undefined) as Typed<G>
}

export const Hook = standIn('hook')
export const Wrapper = standIn('wrapper')
export const Installer = standIn('installer')
export const Uninstaller = standIn('uninstaller')
export const Setting = standIn('setting')
export const ExtensionFunction = standIn('flat')
