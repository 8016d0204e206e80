import type {
  Callback,
  ConnectorInstallerOptions,
  ConnectorInstallerResult,
  ConnectorUninstallerOptions,
  IntegrationInstallerOptions,
  IntegrationInstallerResult,
  IntegrationUninstallerOptions,
  IntegrationUninstallerResult,
  InstallerStepResult,
  InstallerUpdateOptions,
  PingOptions,
  PreUninstallOptions,
  PreUninstallResult,
} from 'integrator-extension'
import { Installer, Uninstaller } from 'integrator-extension'

/** Every installer and uninstaller kind, in both styles: compiles. */
export class GoodLifecycle {
  @Installer('connectorInstaller') async connectorInstaller(options: ConnectorInstallerOptions): Promise<ConnectorInstallerResult> {
    console.log(options._integrationId, options._connectorId)
  }
  @Installer('integrationInstaller') integrationInstaller(_options: IntegrationInstallerOptions, callback: Callback<IntegrationInstallerResult>): void {
    callback(null, { success: true, stepsToUpdate: [{ name: 'Install bundle', completed: true }] })
  }
  @Installer('update') async update(options: InstallerUpdateOptions): Promise<InstallerStepResult> {
    return { success: options.opts !== undefined }
  }
  @Installer('update') updateCb(_options: InstallerUpdateOptions, callback: Callback<void>): void {
    callback()
  }
  @Uninstaller('preUninstall') async preUninstall(_options: PreUninstallOptions): Promise<PreUninstallResult> {
    return { success: true }
  }
  @Uninstaller('integrationUninstaller') integrationUninstaller(
    _options: IntegrationUninstallerOptions,
    callback: Callback<IntegrationUninstallerResult>,
  ): void {
    callback(null, { success: false, stepsToUpdate: [] })
  }
  @Uninstaller('connectorUninstaller') async connectorUninstaller(_options: ConnectorUninstallerOptions): Promise<void> {}
}

/** Each method breaks its kind's contract once. */
export class BadLifecycle {
  // @ts-expect-error: installer options are an integration's, with a required _integrationId
  @Installer('connectorInstaller') connectorInstallerParam(options: PingOptions): void {
    console.log(options.connection)
  }
  // @ts-expect-error: success is a boolean
  @Installer('integrationInstaller') async integrationInstallerReturn(_options: IntegrationInstallerOptions) {
    return { success: 'yes' }
  }
  // @ts-expect-error: the callback must take a step result or nothing
  @Installer('integrationInstaller') integrationInstallerReturnCb(_options: IntegrationInstallerOptions, callback: Callback<string>): void {
    callback(null, 'done')
  }
  // @ts-expect-error: a number is not installer options
  @Installer('update') updateParamCb(options: number, callback: Callback<void>): void {
    callback(options)
  }
  // @ts-expect-error: stepsToUpdate is an array of steps
  @Installer('update') async updateReturn(_options: InstallerUpdateOptions) {
    return { success: true, stepsToUpdate: 'all' }
  }
  // @ts-expect-error: uninstaller options are an integration's
  @Uninstaller('preUninstall') preUninstallParam(options: PingOptions): PreUninstallResult {
    return { success: options.connection !== undefined }
  }
  // @ts-expect-error: the callback must take a step result or nothing
  @Uninstaller('integrationUninstaller') integrationUninstallerReturnCb(_options: IntegrationUninstallerOptions, callback: Callback<number>): void {
    callback(null, 1)
  }
  // @ts-expect-error: a step result has success
  @Uninstaller('connectorUninstaller') async connectorUninstallerReturn(_options: ConnectorUninstallerOptions) {
    return { completed: true }
  }
  // @ts-expect-error: a hook kind is not an installer kind
  @Installer({ kind: 'preMap' }) notAnInstallerKind(_options: IntegrationInstallerOptions): void {}
}
