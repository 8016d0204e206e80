import { Connector, ExtensionContext, Injectable, Module, Setting } from 'integrator-extension'

/**
 * A client for integrator.io's API. It is a singleton, yet each call authenticates with its own
 * one-time bearer token: ExtensionContext reads the call that is running, not a stored field.
 */
@Injectable()
export class IntegratorApi {
  constructor(private readonly context: ExtensionContext) {}

  async getIntegration(): Promise<{ url: string; authorization: string }> {
    this.context.logger.info('reading the integration') // carries requestId, _integrationId, ...
    return {
      url: `https://api.integrator.io/v1/integrations/${this.context.integrationId}`,
      authorization: `Bearer ${this.context.bearerToken}`,
    }
  }
}

@Connector('settings-connector-id')
export class SettingsConnector {
  constructor(private readonly api: IntegratorApi) {}

  @Setting() async refreshMetadata() {
    return this.api.getIntegration() // no options threaded through
  }
}

@Module({ connectors: [SettingsConnector], providers: [IntegratorApi] })
export class AppModule {}
