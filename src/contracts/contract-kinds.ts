import type * as F from './flat.js'
import type * as H from './hooks.js'
import type * as I from './installer.js'
import type * as S from './settings.js'
import type * as U from './uninstaller.js'
import type * as W from './wrappers.js'

// The map instantiates type parameters with their widest types (records `unknown`, resources and
// pending settings `object`), so a method may declare any narrower type of its own, interfaces
// included (an interface does not fit the `Record<string, unknown>` defaults users read through).

/** One kind's contract: the options it receives and the result it must give. */
export interface Contract<TOptions, TResult> {
  options: TOptions
  result: TResult
}

/** Hooks (`type: 'hook'`). */
export interface HookContracts {
  preSavePage: Contract<H.PreSavePageOptions, H.PreSavePageResult>
  preMap: Contract<H.PreMapOptions, H.PreMapResult>
  postMap: Contract<H.PostMapOptions, H.PostMapResult>
  postSubmit: Contract<H.PostSubmitOptions, H.PostSubmitResult>
  postResponseMap: Contract<H.PostResponseMapOptions, H.PostResponseMapResult>
  postAggregate: Contract<H.PostAggregateOptions, H.PostAggregateResult>
}

/** Wrappers (`type: 'wrapper'`). */
export interface WrapperContracts {
  ping: Contract<W.PingOptions, W.PingResult>
  export: Contract<W.ExportOptions, W.ExportResult>
  import: Contract<W.ImportOptions, W.ImportResult>
}

/** Installer (`type: 'installer'`). */
export interface InstallerContracts {
  connectorInstaller: Contract<I.ConnectorInstallerOptions, I.ConnectorInstallerResult>
  integrationInstaller: Contract<I.IntegrationInstallerOptions, I.IntegrationInstallerResult>
  update: Contract<I.InstallerUpdateOptions, I.InstallerUpdateResult>
}

/** Uninstaller (`type: 'uninstaller'`). */
export interface UninstallerContracts {
  preUninstall: Contract<U.PreUninstallOptions, U.PreUninstallResult>
  integrationUninstaller: Contract<U.IntegrationUninstallerOptions, U.IntegrationUninstallerResult>
  connectorUninstaller: Contract<U.ConnectorUninstallerOptions, U.ConnectorUninstallerResult>
}

/** Settings (`type: 'setting'`). */
export interface SettingContracts {
  persistSettings: Contract<S.PersistSettingsOptions<object>, S.PersistSettingsResult<object>>
  refreshMetadata: Contract<S.RefreshMetadataOptions, S.RefreshMetadataResult>
  changeEdition: Contract<S.SettingsChangeEditionOptions, S.SettingsChangeEditionResult>
  getMappingMetadata: Contract<S.GetMappingMetadataOptions, S.GetMappingMetadataResult>
}

/** Flat kinds (no `type`: functions on the module itself). */
export interface FlatContracts {
  formInit: Contract<F.FormInitOptions<object>, F.FormInitResult>
  preSave: Contract<F.PreSaveOptions<object>, F.PreSaveResult>
  step: Contract<F.StepOptions<object>, F.StepResult>
  initChild: Contract<F.InitChildOptions<object>, F.InitChildResult>
  update: Contract<F.FlatUpdateOptions<object>, F.FlatUpdateResult>
  changeEdition: Contract<F.FlatChangeEditionOptions<object>, F.FlatChangeEditionResult>
}

/**
 * Every documented kind, by group. A group is the request `type` integrator.io sends
 * (`hook`, `wrapper`, `installer`, `uninstaller`, `setting`), or `flat` for calls without one.
 * Kind names are unique within a group; `update` and `changeEdition` exist in two groups.
 */
export interface ContractKinds {
  hook: HookContracts
  wrapper: WrapperContracts
  installer: InstallerContracts
  uninstaller: UninstallerContracts
  setting: SettingContracts
  flat: FlatContracts
}

/** A group of kinds: `'hook' | 'wrapper' | 'installer' | 'uninstaller' | 'setting' | 'flat'`. */
export type ContractGroup = keyof ContractKinds

/** The kind names of group `G` (of every group by default), e.g. `ContractKind<'wrapper'>` is `'ping' | 'export' | 'import'`. */
export type ContractKind<G extends ContractGroup = ContractGroup> = { [X in G]: keyof ContractKinds[X] & string }[G]
