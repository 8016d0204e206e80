// Which lifecycle hook an error came from (`Database.onInit()`), carried on the error itself so
// that whoever reports it (the CLI's one `error:` line, the Lambda handler's log) can name it
// without the error being wrapped: callers still receive the provider's own error, code included.
const HOOK = Symbol.for('integrator-extension.lifecycle-hook')

/** Records on `error` (when it is an object) the hook it was thrown by. */
export function markLifecycleFailure(error: unknown, hook: string): void {
  if ((typeof error === 'object' || typeof error === 'function') && error !== null && Object.isExtensible(error)) {
    Object.defineProperty(error, HOOK, { value: hook, enumerable: false, configurable: true })
  }
}

/** The hook `error` was thrown by (`Database.onInit()`), if a lifecycle hook threw it. */
export function lifecycleHookOf(error: unknown): string | undefined {
  if ((typeof error !== 'object' && typeof error !== 'function') || error === null) return undefined
  const hook = (error as { [HOOK]?: unknown })[HOOK]
  return typeof hook === 'string' ? hook : undefined
}
