import type { FoundFunction } from './find-function.js'
import type { Logger } from './logger.js'
import { callTimedOut, type ProtocolError } from './protocol-errors.js'
import { toProtocolError } from './thrown-value.js'

export { toProtocolError } from './thrown-value.js'

export type CallResult = { ok: true; value: unknown } | { ok: false; error: ProtocolError }

export interface CallSettings {
  name: string
  timeoutMs: number
  logger: Logger
  /** Receives this call's way to fail from outside (a fault in a timer it started). */
  onStart?: (fail: (error: unknown) => void) => void
}

/**
 * Calls a function in whichever style it was written:
 * - declares two or more parameters: callback style; a returned promise only counts if it rejects
 *   (an `async (options, callback)` that throws must not hang);
 * - otherwise: its return value or promise is the result (the callback still works if called first).
 * The first answer wins; later ones are logged. A function that never answers fails after `timeoutMs`.
 */
export function callFunction({ fn, holder }: FoundFunction, options: unknown, settings: CallSettings): Promise<CallResult> {
  return new Promise<CallResult>((resolve) => {
    let settled = false
    let timedOut = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const started = process.hrtime.bigint()
    const settle = (result: CallResult): void => {
      if (settled) {
        const why = timedOut ? 'answered after its timeout; the timeout error was sent' : 'answered more than once; the first answer was sent'
        settings.logger.warn(`Function ${settings.name} ${why}.`, {
          function: settings.name,
          ignored: result.ok ? 'result' : result.error.code,
        })
        return
      }
      settled = true
      if (timer !== undefined) clearTimeout(timer)
      resolve(result)
    }

    settings.onStart?.((error) => settle({ ok: false, error: toProtocolError(error) }))

    const callback = (error?: unknown, value?: unknown): void => {
      settle(error === undefined || error === null ? { ok: true, value } : { ok: false, error: toProtocolError(error) })
    }

    let returned: unknown
    try {
      returned = fn.call(holder, options, callback)
    } catch (error) {
      settle({ ok: false, error: toProtocolError(error) })
      return
    }
    const callbackStyle = fn.length >= 2
    let then: unknown
    try {
      then = thenOf(returned)
    } catch {
      // A returned Proxy or getter that throws on `then`: not a promise; as a result it fails its check (422).
      then = undefined
    }
    if (typeof then === 'function') {
      try {
        ;(then as PromiseLike<unknown>['then']).call(
          returned,
          (value) => {
            if (!callbackStyle) settle({ ok: true, value })
          },
          (error: unknown) => settle({ ok: false, error: toProtocolError(error) }),
        )
      } catch (error) {
        settle({ ok: false, error: toProtocolError(error) })
      }
    } else if (!callbackStyle && !settled) {
      settle({ ok: true, value: returned })
    }
    if (settled) return
    // Armed only for a call still running after its synchronous part, for what is left of its
    // time: a call answered at once (a callback called synchronously) never creates a timer, and
    // the first timer of a process costs 0.4-0.9 ms of a Lambda cold start's first invocation.
    // Not unref'd: on Lambda or in a CLI nothing else may hold the event loop, and a call whose
    // function never settles must still get its answer instead of the process exiting silently.
    const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6
    timer = setTimeout(
      () => {
        timedOut = true
        settle({ ok: false, error: callTimedOut(settings.name, settings.timeoutMs) })
      },
      Math.max(0, settings.timeoutMs - elapsedMs),
    )
  })
}

/** The `then` of a value that may be a promise; reading it may throw (a Proxy, a getter). */
function thenOf(value: unknown): unknown {
  return (typeof value === 'object' || typeof value === 'function') && value !== null ? (value as { then?: unknown }).then : undefined
}
