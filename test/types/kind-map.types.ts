import {
  CONTRACT_KINDS,
  type ContractGroup,
  type ContractKind,
  type ContractKinds,
  type OptionsFor,
  type PreMapOptions,
  type ResultFor,
  type PingResult,
  type InstallerUpdateOptions,
  type FlatUpdateOptions,
} from 'integrator-extension'

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false
const assert = <T extends true>(): T => true as T

// The run-time kind lists (used by the checks and for decorator arguments) name exactly the typed kinds.
type Listed<G extends ContractGroup> = (typeof CONTRACT_KINDS)[G][number]
assert<Equal<Listed<'hook'>, ContractKind<'hook'>>>()
assert<Equal<Listed<'wrapper'>, ContractKind<'wrapper'>>>()
assert<Equal<Listed<'installer'>, ContractKind<'installer'>>>()
assert<Equal<Listed<'uninstaller'>, ContractKind<'uninstaller'>>>()
assert<Equal<Listed<'setting'>, ContractKind<'setting'>>>()
assert<Equal<Listed<'flat'>, ContractKind<'flat'>>>()
assert<Equal<keyof typeof CONTRACT_KINDS, ContractGroup>>()

// The map's groups are the request types, plus flat; the helpers read it.
assert<Equal<ContractGroup, 'hook' | 'wrapper' | 'installer' | 'uninstaller' | 'setting' | 'flat'>>()
assert<Equal<OptionsFor<'hook', 'preMap'>, PreMapOptions>>()
assert<Equal<ResultFor<'wrapper', 'ping'>, PingResult>>()
// The two kinds named `update` have distinct, group-qualified types.
assert<Equal<OptionsFor<'installer', 'update'>, InstallerUpdateOptions>>()
assert<Equal<OptionsFor<'flat', 'update'>, FlatUpdateOptions<object>>>()
// @ts-expect-error: ping is not a hook kind
export type NotAHook = ContractKinds['hook']['ping']
// @ts-expect-error: a loosened list would fail the checks above; so would a wrong one here
assert<Equal<Listed<'wrapper'>, 'ping' | 'export'>>()
