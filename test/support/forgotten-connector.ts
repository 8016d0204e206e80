// Loaded (and unloaded) by test/bootstrap/bootstrap-errors.test.ts: a connector this file exports
// that no module lists, and one it does not export.
import { Connector, Hook } from 'integrator-extension'

@Connector('forgotten-id')
export class ForgottenConnector {
  @Hook() preMap() {}
}

@Connector('hidden-id')
class HiddenConnector {
  @Hook() preMap() {}
}

export const hidden = [HiddenConnector]
