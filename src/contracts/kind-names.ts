import type { ContractGroup, ContractKind } from './contract-kinds.js'

/**
 * The kind names of each group at run time, in protocol.md §5's order. Typed against ContractKinds,
 * and test/types checks the lists are complete, so the two cannot drift apart.
 */
export const CONTRACT_KINDS = {
  hook: ['preSavePage', 'preMap', 'postMap', 'postSubmit', 'postResponseMap', 'postAggregate'],
  wrapper: ['ping', 'export', 'import'],
  installer: ['connectorInstaller', 'integrationInstaller', 'update'],
  uninstaller: ['preUninstall', 'integrationUninstaller', 'connectorUninstaller'],
  setting: ['persistSettings', 'refreshMetadata', 'changeEdition', 'getMappingMetadata'],
  flat: ['formInit', 'preSave', 'step', 'initChild', 'update', 'changeEdition'],
} as const satisfies { readonly [G in ContractGroup]: readonly ContractKind<G>[] }

/** Whether `kind` is a documented kind of `group` (e.g. for a decorator's string argument). */
export function isContractKind<G extends ContractGroup>(group: G, kind: unknown): kind is ContractKind<G> {
  return (CONTRACT_KINDS[group] as readonly unknown[]).includes(kind)
}
