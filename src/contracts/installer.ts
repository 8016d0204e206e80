import type { IntegrationOptions, InstallerStepResult } from './common.js'

/**
 * Installer functions (request `type: 'installer'`, module group `installer`; connectors only):
 * set up or update the resources of an integration installed from a connector.
 */

/** Options of the connector installer: integrator.io created the integration and calls this first. */
export interface ConnectorInstallerOptions extends IntegrationOptions {
  /** The connector being installed. */
  _connectorId?: string
}

/** The connector installer returns a step result, or nothing. */
export type ConnectorInstallerResult = InstallerStepResult | void

/** Options of an integration installer: one install step of the wizard. */
export type IntegrationInstallerOptions = IntegrationOptions

/** An integration installer returns a step result (which steps to update), or nothing. */
export type IntegrationInstallerResult = InstallerStepResult | void

/**
 * Options of the connector's update function (installer group), run for each installed integration
 * when the connector's owner releases a new version. Not the flat `update` (see `FlatUpdateOptions`).
 */
export type InstallerUpdateOptions = IntegrationOptions

/** The installer update function returns a step result, or nothing. */
export type InstallerUpdateResult = InstallerStepResult | void
