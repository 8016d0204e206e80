// The Lambda entry (Handler: handler.handler). Bootstrapped at load, during the cold start;
// the rates load once, before the first invocation.
import { bootstrap } from 'integrator-extension'
import { AppModule } from './app.module.js'

export const handler = bootstrap(AppModule).lambda()
