// Serves the functions in production: SYSTEM_TOKEN=... PORT=8080 node dist/src/main.js
// (npm start serves them through the CLI instead, with a token of its own).
import { bootstrap } from 'integrator-extension'
import { AppModule } from './app.module.js'

const systemToken = process.env.SYSTEM_TOKEN
if (!systemToken) {
  console.error('Set SYSTEM_TOKEN to the system token of your integrator.io stack.')
  process.exit(2)
}

bootstrap(AppModule)
  .express({ systemToken, port: Number(process.env.PORT ?? 8080), host: process.env.HOST ?? '0.0.0.0' })
  .then((server) => console.log(`Listening on port ${server.port}`))
  .catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
