// Decorated classes for load-probe: requiring this file runs the decorators. No `import 'reflect-metadata'`:
// the decorators load it in time for TypeScript to record ProbeConnector's parameter types.
import { Connector, Hook, Injectable, Module } from 'integrator-extension'

@Injectable()
class Pinger {}

@Connector('c')
class ProbeConnector {
  constructor(readonly pinger: Pinger) {}
  @Hook() ping() {
    return 'pong'
  }
}

@Module({ connectors: [ProbeConnector], providers: [Pinger] })
export class ProbeModule {}
