import { lifecycleHookOf } from '../core/lifecycle-failure.js'
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
 * With `exit` (list, package, invoke: commands that finish), the process ends when the command
 * does, whatever the entry or its functions left running (a timer, a client's socket, a server).
 */
export function runAction<A extends unknown[]>(action: (...args: A) => Promise<number | void>, { exit = false } = {}): (...args: A) => Promise<void> {
  return async (...args) => {
    try {
      const code = await action(...args)
      if (typeof code === 'number') process.exitCode = code
    } catch (error) {
      if (error instanceof UsageError || error instanceof EntryError) {
        process.stderr.write(`error: ${error.message}\n`)
        process.exitCode = EXIT.usage
      } else {
        // A provider's onInit() that failed (serve, invoke): its name and message, not its stack.
        const hook = lifecycleHookOf(error)
        const message = hook
          ? `${hook} failed: ${error instanceof Error ? error.message : describeThrown(error, { stack: false })}`
          : describeThrown(error, { stack: false })
        process.stderr.write(`error: ${message.split('\n')[0]}\n`)
        process.exitCode = EXIT.failed
      }
    }
    if (exit) exitWhenWritten()
  }
}

/** process.exit once stdout and stderr have taken what was written (they are asynchronous when piped, on some systems). */
function exitWhenWritten(): void {
  let pending = 2
  const done = (): void => {
    if (--pending === 0) process.exit()
  }
  process.stdout.write('', done)
  process.stderr.write('', done)
}
