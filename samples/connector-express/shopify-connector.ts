import {
  Connector,
  ExtensionFunction,
  Hook,
  Installer,
  Setting,
  Uninstaller,
  Wrapper,
  type PingOptions,
  type PingResult,
  type PreSavePageOptions,
} from 'integrator-extension'
import { IntegratorApi } from './integrator-api.js'

export const SHOPIFY_CONNECTOR_ID = '9ce44f88a25272b6d9cbb430ebbcfcf1'

type Page = PreSavePageOptions<Record<string, unknown>>

/** One class per connector: the decorators say which group each method is exposed in. */
@Connector(SHOPIFY_CONNECTOR_ID)
export class ShopifyConnector {
  constructor(private readonly api: IntegratorApi) {}

  /** hooks.preSavePageFunction: tags every record of the page. */
  @Hook({ kind: 'preSavePage' })
  async preSavePageFunction(options: Page) {
    const data = options.data.map((record) => ({ ...record, source: 'shopify' }))
    return { data, errors: options.errors ?? [], abort: false, newErrorsAndRetryData: [] }
  }

  /** wrappers.pingConnection: the method name need not be the function name. */
  @Wrapper({ kind: 'ping', name: 'pingConnection' })
  async ping(options: PingOptions): Promise<PingResult> {
    return options.connection.unencrypted?.shop ? { statusCode: 200 } : { statusCode: 401, errors: [{ code: 'unauthorized', message: 'No shop set.' }] }
  }

  @Installer()
  async connectorInstallerFunction() {
    return { success: true, stepsToUpdate: [] }
  }

  @Uninstaller()
  async connectorUninstallerFunction() {
    return { success: true }
  }

  /** settings.persistSettings: saves through integrator.io's API with the call's bearer token. */
  @Setting()
  async persistSettings(options: { pending: Record<string, unknown> }) {
    await this.api.saveSettings(options.pending)
    return { success: true }
  }

  /** Flat: integrator.io calls it without a `type`. */
  @ExtensionFunction({ kind: 'formInit' })
  async formInit(options: { resource: { name?: string } }) {
    return { fieldMap: { name: { id: 'name', name: 'name', type: 'text', defaultValue: options.resource.name ?? '' } }, layout: { fields: ['name'] } }
  }
}
