import { ExtensionContext, Inject, Injectable } from 'integrator-extension'
import { HTTP, type Http } from './http.js'

export const INTEGRATOR_API_URL = 'https://api.integrator.io/v1'

/**
 * integrator.io's API, authenticated with the current call's one-time bearer token. A singleton
 * that holds no call state: ExtensionContext reads the call that is running.
 */
@Injectable()
export class IntegratorApi {
  constructor(
    @Inject(HTTP) private readonly http: Http,
    private readonly context: ExtensionContext,
  ) {}

  async integrationSettings(): Promise<unknown> {
    return this.http.getJson(`${INTEGRATOR_API_URL}/integrations/${this.context.integrationId}`, this.auth())
  }

  async saveSettings(settings: unknown): Promise<unknown> {
    this.context.logger.info('saving integration settings')
    return this.http.putJson(`${INTEGRATOR_API_URL}/integrations/${this.context.integrationId}/settings`, settings, this.auth())
  }

  private auth(): Record<string, string> {
    return { authorization: `Bearer ${this.context.bearerToken}` }
  }
}
