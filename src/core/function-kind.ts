/**
 * A function may carry its contract kind (e.g. 'preMap') under this symbol: the decorator
 * scanner sets it from `@Hook('preMap')`, and run-time contract checks read it.
 * A registry-wide symbol, so two copies of the package still agree.
 */
export const FUNCTION_KIND: unique symbol = Symbol.for('integrator-extension.function-kind') as never

export function kindOf(fn: unknown): string | undefined {
  if (typeof fn !== 'function') return undefined
  const kind = (fn as { [FUNCTION_KIND]?: unknown })[FUNCTION_KIND]
  return typeof kind === 'string' ? kind : undefined
}
