import 'reflect-metadata'
import { bootstrap, Connector, ExtensionFunction, Hook, Installer, Module, Setting, Uninstaller, Utility, Wrapper } from 'integrator-extension'

interface Page {
  data: Array<Record<string, unknown>>
  errors: unknown[]
}

@Connector('9ce44f88a25272b6d9cbb430ebbcfcf1') // the _connectorId
export class ShopifyConnector {
  @Hook() async preSavePageFunction(options: Page) {
    return { data: options.data, errors: options.errors, abort: false, newErrorsAndRetryData: [] }
  }
  @Wrapper('pingConnection') async ping() {
    return { statusCode: 200 }
  }
  @Installer() async connectorInstallerFunction() {
    return { success: true, stepsToUpdate: [] }
  }
  @Uninstaller() async connectorUninstallerFunction() {
    return { success: true }
  }
  @Setting() async persistSettings(options: { pending: object }) {
    return { success: true, saved: options.pending }
  }
  @Utility() async reindex() {
    return { reindexed: true }
  }
  @ExtensionFunction() async formInit() {
    return { fieldMap: {}, layout: { fields: [] } }
  }
}

@Module({ connectors: [ShopifyConnector] })
export class AppModule {}

// On Express (server.ts):
export async function serve(systemToken: string) {
  const server = await bootstrap(AppModule).express({ port: 8080, systemToken })
  return server // server.port, await server.close()
}

// On AWS Lambda (handler.ts): bootstrap at load, during the cold start.
export const handler = bootstrap(AppModule).lambda()
