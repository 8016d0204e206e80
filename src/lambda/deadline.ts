import type { Context } from 'aws-lambda'

/**
 * Kept back from the Lambda deadline to answer in time: when Lambda itself times an
 * invocation out, integrator.io gets "Task timed out", not the protocol's JSON error.
 */
export const DEADLINE_MARGIN_MS = 500

/** How long this invocation's function may run, or undefined when the context gives no real budget. */
export function timeLeftForCall(context: Partial<Pick<Context, 'getRemainingTimeInMillis'>> | undefined): number | undefined {
  if (typeof context?.getRemainingTimeInMillis !== 'function') return undefined
  const remaining = context.getRemainingTimeInMillis()
  // Hand-made contexts (unit tests, local runners) often say 0: only a usable budget counts.
  return Number.isFinite(remaining) && remaining > DEADLINE_MARGIN_MS ? remaining - DEADLINE_MARGIN_MS : undefined
}
