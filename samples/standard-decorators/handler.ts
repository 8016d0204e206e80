import { bootstrap } from 'integrator-extension'
import { ConnectorApp } from './app.module.js'

/** The Lambda entry: `handler.handler`. */
export const handler = bootstrap(ConnectorApp).lambda()
