import { failCurrentCall } from './call-faults.js'
import type { Logger } from './logger.js'

let installed: { loggers: Set<Logger>; onFault: (error: unknown) => void } | undefined

/**
 * While a host runs, an uncaught exception or unhandled rejection fails the call that
 * caused it (found through its async context) and the host keeps serving; one that no
 * call owns is logged and the host keeps serving. Returns the uninstaller.
 */
export function installProcessFaultHandlers(logger: Logger): () => void {
  if (!installed) {
    const loggers = new Set<Logger>()
    const onFault = (error: unknown): void => {
      const owned = failCurrentCall(error)
      for (const each of loggers) {
        each.error(owned ? 'a function faulted outside its call; that call failed' : 'uncaught fault outside any running call', {
          error: error instanceof Error ? (error.stack ?? error.message) : String(error),
        })
      }
    }
    process.on('uncaughtException', onFault)
    process.on('unhandledRejection', onFault)
    installed = { loggers, onFault }
  }
  const current = installed
  current.loggers.add(logger)
  return () => {
    current.loggers.delete(logger)
    if (current.loggers.size === 0 && installed === current) {
      process.off('uncaughtException', current.onFault)
      process.off('unhandledRejection', current.onFault)
      installed = undefined
    }
  }
}
