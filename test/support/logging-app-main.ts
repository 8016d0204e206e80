// Run as a child process by test/observability/host-log-format.test.ts: a decorated app whose hook
// writes through ExtensionContext.logger, served by the real Express host. Its stdout is the log
// (nothing else is printed there); it prints `PORT <n>` on stderr once listening. SIGTERM closes it.
import { bootstrap, Connector, ExtensionContext, Hook, Module } from 'integrator-extension'
import { TOKEN } from './test-server.js'

@Connector('c1')
class Shop {
  constructor(readonly context: ExtensionContext) {}
  @Hook() work(options: { n: number }) {
    this.context.logger.info('working', { n: options.n })
    return { n: options.n }
  }
  @Hook() refuse() {
    this.context.logger.warn('refusing')
    throw Object.assign(new Error('refused'), { code: 'refused_here' })
  }
}

@Module({ connectors: [Shop], providers: [] })
class AppModule {}

bootstrap(AppModule)
  .express({ systemToken: TOKEN, port: 0, host: '127.0.0.1' })
  .then((served) => process.stderr.write(`PORT ${served.port}\n`))
