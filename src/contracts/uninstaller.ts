import type { IntegrationOptions, InstallerStepResult } from './common.js'

/**
 * Uninstaller functions (request `type: 'uninstaller'`, module group `uninstaller`; connectors only):
 * remove what an installed integration created.
 */

/** Options of preUninstall: called before the uninstall starts (e.g. to reorder the steps shown). */
export type PreUninstallOptions = IntegrationOptions

/** preUninstall returns a step result (which steps to update), or nothing. */
export type PreUninstallResult = InstallerStepResult | void

/** Options of an integration uninstaller: one uninstall step. */
export type IntegrationUninstallerOptions = IntegrationOptions

/** An integration uninstaller returns a step result, or nothing. */
export type IntegrationUninstallerResult = InstallerStepResult | void

/** Options of the connector uninstaller: the last step; integrator.io then deletes the integration. */
export type ConnectorUninstallerOptions = IntegrationOptions

/** The connector uninstaller returns a step result, or nothing. */
export type ConnectorUninstallerResult = InstallerStepResult | void
