/**
 * The package root's one lazy boundary: `load` runs on the first call, never at import, so that
 * `require('integrator-extension').lambda` (a Lambda cold start) reads only the core and the
 * Lambda host. Every deferred part of the root goes through here.
 */
export function loadOnce<T>(load: () => T): () => T {
  let loaded: { value: T } | undefined
  return () => (loaded ??= { value: load() }).value
}
