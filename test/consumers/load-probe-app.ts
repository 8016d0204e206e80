// Decorated classes for load-probe: requiring this file runs the decorators.
import { Connector, Hook, Module } from 'integrator-extension'

@Connector('c')
class ProbeConnector {
  @Hook() ping() {
    return 'pong'
  }
}

@Module({ connectors: [ProbeConnector] })
export class ProbeModule {}
