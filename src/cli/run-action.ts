import { describeThrown } from '../core/thrown-value.js'
import { EntryError } from '../entry/index.js'

export class UsageError extends Error {
  override name = 'UsageError'
}

/** Exit codes: 0 success, 1 the call failed, 2 bad usage or entry. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const

/**
 * Runs a command; a usage or entry problem is one clear line on stderr and exit code 2, any
 * other failure (a config the host refuses, a host that cannot start) one line and exit 1.
 */
export function runAction<A extends unknown[]>(action: (...args: A) => Promise<number | void>): (...args: A) => Promise<void> {
  return async (...args) => {
    try {
      const code = await action(...args)
      if (typeof code === 'number') process.exitCode = code
    } catch (error) {
      if (error instanceof UsageError || error instanceof EntryError) {
        process.stderr.write(`error: ${error.message}\n`)
        process.exitCode = EXIT.usage
        return
      }
      process.stderr.write(`error: ${describeThrown(error, { stack: false })}\n`)
      process.exitCode = EXIT.failed
    }
  }
}
