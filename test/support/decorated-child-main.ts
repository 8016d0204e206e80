// Run as a child process by the decorated-app shutdown tests. MODE=express: app.express();
// MODE=hooks: app.lambda() with app.enableShutdownHooks(). Prints READY once serving.
import { bootstrap, Connector, Hook, Injectable, Module, type OnDestroy } from 'integrator-extension'
import { TOKEN } from './test-server.js'

@Injectable()
class Pool implements OnDestroy {
  async onDestroy() {
    await new Promise((resolve) => setTimeout(resolve, 20))
    console.log('ON_DESTROY_RAN')
  }
}

@Connector('c')
class Shop {
  constructor(readonly pool: Pool) {}
  @Hook() ping() {
    return 'pong'
  }
}

@Module({ connectors: [Shop], providers: [Pool] })
class AppModule {}

const quiet = { info: () => undefined, warn: () => undefined, error: (m: string) => console.error(m) }
const app = bootstrap(AppModule, { logger: quiet })
if (process.env.MODE === 'hooks') {
  app.enableShutdownHooks()
  app.lambda()
  app.init().then(() => console.log('READY'))
  setInterval(() => undefined, 1000) // stays alive like a Lambda runtime until signalled
} else {
  app.express({ systemToken: TOKEN, port: 0, host: '127.0.0.1' }).then(() => console.log('READY'))
}
