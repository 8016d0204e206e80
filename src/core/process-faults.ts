import { failCurrentCall } from './call-faults.js'
import type { Logger } from './logger.js'
import { describeThrown } from './thrown-value.js'

let installed: { loggers: Set<Logger>; onFault: (error: unknown) => void } | undefined

/**
 * While a host runs, an uncaught exception or unhandled rejection fails the call that
 * caused it (found through its async context) and the host keeps serving; one that no
 * call owns is logged and the host keeps serving. Returns the uninstaller.
 */
export function installProcessFaultHandlers(logger: Logger): () => void {
  if (!installed) {
    const loggers = new Set<Logger>()
    // Runs inside 'uncaughtException': anything it throws would end the process (exit 7), so
    // nothing here may throw, whatever was thrown (a Proxy, a null-prototype object) or whichever logger.
    const onFault = (error: unknown): void => {
      let owned = false
      try {
        owned = failCurrentCall(error)
      } catch {
        // the call could not be told; it still ends at its timeout
      }
      const message = owned ? 'a function faulted outside its call; that call failed' : 'uncaught fault outside any running call'
      const meta = { error: describeThrown(error) }
      for (const each of loggers) {
        try {
          each.error(message, meta)
        } catch {
          writeStderr(`error: ${message}: ${meta.error}\n`)
        }
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

function writeStderr(text: string): void {
  try {
    process.stderr.write(text)
  } catch {
    // nowhere left to say it
  }
}
