import { ExtensionError, ProtocolErrors } from '../core/index.js'
import type { ExpressExtensionConfig } from './express-config.js'
import { ExtensionServer, validateExpressConfig } from './extension-server.js'

export type Done = (error?: Error | null) => void

/** The original's one-server-per-process API, as a thin default over ExtensionServer. */
let current: ExtensionServer | undefined

/**
 * Validates the config and starts the process's default server. Calls back once listening,
 * or with the config's ExtensionError; without a callback, returns a promise.
 */
export function createServer(config: ExpressExtensionConfig, callback: Done): void
export function createServer(config: ExpressExtensionConfig): Promise<ExtensionServer>
export function createServer(config: ExpressExtensionConfig, callback?: Done): void | Promise<ExtensionServer> {
  const started = startDefault(config)
  if (!callback) return started
  started.then(
    () => callback(null),
    (error: Error) => callback(error),
  )
}

/** Stops the default server; calls back with `invaid_function_call` (sic) when none runs. */
export function stopServer(callback: Done): void
export function stopServer(): Promise<void>
export function stopServer(callback?: Done): void | Promise<void> {
  const stopped = stopDefault()
  if (!callback) return stopped
  stopped.then(
    () => callback(null),
    (error: Error) => callback(error),
  )
}

async function startDefault(config: ExpressExtensionConfig): Promise<ExtensionServer> {
  const error = validateExpressConfig(config)
  if (error) throw error
  if (current) throw new ExtensionError(ProtocolErrors.serverAlreadyDeployed)
  const server = new ExtensionServer(config)
  current = server
  try {
    return await server.start()
  } catch (startError) {
    current = undefined
    throw startError
  }
}

async function stopDefault(): Promise<void> {
  const server = current
  if (!server) throw new ExtensionError(ProtocolErrors.serverNotDeployed)
  current = undefined
  await server.close()
}
