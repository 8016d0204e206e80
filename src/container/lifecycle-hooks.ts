/**
 * Implemented by a singleton provider (or connector) that must prepare before the first call:
 * open a pool, load secrets. Runs once, after every instance is created, dependencies first;
 * the application starts only when every `onInit()` has resolved.
 */
export interface OnInit {
  onInit(): void | Promise<void>
}

/** Implemented by a singleton provider that must clean up when the application closes; dependents first. */
export interface OnDestroy {
  onDestroy(): void | Promise<void>
}

export function hasOnInit(value: unknown): value is OnInit {
  return typeof (value as Partial<OnInit> | null)?.onInit === 'function'
}

export function hasOnDestroy(value: unknown): value is OnDestroy {
  return typeof (value as Partial<OnDestroy> | null)?.onDestroy === 'function'
}
