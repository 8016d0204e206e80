// Loaded by test/bootstrap/bootstrap-errors.test.ts: a module, exported, that lists the forgotten connector.
import { Module } from 'integrator-extension'
import { ForgottenConnector } from './forgotten-connector.js'

@Module({ connectors: [ForgottenConnector] })
export class ListsForgotten {}
