import { Connector, Hook, Injectable, Module, type OnDestroy, type OnInit } from 'integrator-extension'

@Injectable()
export class Database implements OnInit, OnDestroy {
  connected = false

  // Before the first call: express() listens, and Lambda invokes, only after it resolves.
  async onInit(): Promise<void> {
    this.connected = true // e.g. open a pool, load secrets
  }

  // On server.close(), app.close() or SIGTERM; dependents are destroyed first.
  async onDestroy(): Promise<void> {
    this.connected = false
  }
}

@Connector('db-connector-id')
export class DbConnector {
  constructor(private readonly db: Database) {}

  @Hook() async postSubmit(options: { responseData: unknown[] }) {
    if (!this.db.connected) throw new Error('not connected')
    return options.responseData
  }
}

@Module({ connectors: [DbConnector], providers: [Database] })
export class AppModule {}
