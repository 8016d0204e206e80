import type { LambdaHandler } from '../lambda/index.js'

/** The entry's own exported `handler`, which the packaged zip serves as it is. */
export function ownHandler(exported: unknown): LambdaHandler | undefined {
  const own = (exported as { handler?: unknown } | null)?.handler
  return typeof own === 'function' ? (own as LambdaHandler) : undefined
}
