import { currentCallContext, type CallContext } from './call-context.js'

type Fail = (error: unknown) => void

// Each running call's way to fail; weakly held so a finished call leaves nothing behind.
const failers = new WeakMap<CallContext, Fail>()

export function registerCallFailer(context: CallContext, fail: Fail): void {
  failers.set(context, fail)
}

/** A finished call owns nothing: a late fault from a timer it left behind is nobody's. */
export function unregisterCallFailer(context: CallContext): void {
  failers.delete(context)
}

/**
 * Fails the call whose async context is current (e.g. an exception thrown in a timer that
 * a function started). Returns false when no call owns the current context.
 */
export function failCurrentCall(error: unknown): boolean {
  const context = currentCallContext()
  const fail = context && failers.get(context)
  if (!fail) return false
  fail(error)
  return true
}
