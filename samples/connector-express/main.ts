// Serves the sample: SYSTEM_TOKEN=... PORT=8080 node build/samples/connector-express/main.js
import { bootstrap } from 'integrator-extension'
import { AppModule } from './app.module.js'

bootstrap(AppModule)
  .express({ systemToken: process.env.SYSTEM_TOKEN ?? '', port: Number(process.env.PORT ?? 8080) })
  .then((server) => console.log(`Shopify connector listening on port ${server.port}`))
  .catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
