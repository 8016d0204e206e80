import { GROUPS, isKindOf, type KindedGroup } from '../core/groups.js'
import type { ContractGroup, ContractKind } from './contract-kinds.js'

/**
 * The kind names of each group at run time, in protocol.md §5's order: core/groups.ts's lists,
 * typed against ContractKinds (test/types checks they are complete), so the two cannot drift apart.
 */
export const CONTRACT_KINDS = {
  hook: GROUPS.hook.kinds,
  wrapper: GROUPS.wrapper.kinds,
  installer: GROUPS.installer.kinds,
  uninstaller: GROUPS.uninstaller.kinds,
  setting: GROUPS.setting.kinds,
  flat: GROUPS.flat.kinds,
} as const satisfies { readonly [G in ContractGroup]: readonly ContractKind<G>[] }

// The contract groups are the table's groups with kinds: a compile error here if either side gains one.
const sameGroups: [ContractGroup, KindedGroup] extends [KindedGroup, ContractGroup] ? true : never = true
void sameGroups

/** Whether `kind` is a documented kind of `group` (e.g. for a decorator's string argument). */
export function isContractKind<G extends ContractGroup>(group: G, kind: unknown): kind is ContractKind<G> {
  return isKindOf(group, kind)
}
