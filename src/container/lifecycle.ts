import type { Logger } from '../core/index.js'
import { markLifecycleFailure } from '../core/lifecycle-failure.js'
import { hasOnDestroy, hasOnInit } from './lifecycle-hooks.js'

interface Tracked {
  readonly instance: object
  readonly name: string
}

/**
 * The singletons that have lifecycle hooks, in creation order: a class's dependencies are
 * created before it, so `onInit()` runs dependencies first and `onDestroy()` dependents first.
 */
export class Lifecycle {
  private readonly created: Tracked[] = []

  /** Called by the container as each singleton is created. */
  track(instance: unknown, name: string): void {
    if (typeof instance === 'object' && instance !== null && (hasOnInit(instance) || hasOnDestroy(instance))) {
      this.created.push({ instance, name })
    }
  }

  /** Runs every `onInit()` in turn. If one fails, what was created is destroyed and its error is thrown, marked with the hook's name (lifecycleHookOf). */
  async init(logger: Logger): Promise<void> {
    for (const { instance, name } of [...this.created]) {
      if (!hasOnInit(instance)) continue
      try {
        await instance.onInit()
      } catch (error) {
        // Not logged here: the caller receives it (express(), init(), the CLI's one error line), and the
        // Lambda handler, which keeps it for each invocation, logs it once with the hook's name.
        markLifecycleFailure(error, `${name}.onInit()`)
        await this.destroy(logger).catch(() => undefined)
        throw error
      }
    }
  }

  /** Runs every `onDestroy()`, dependents first; all run even if some fail, then the first failure is thrown. */
  async destroy(logger: Logger): Promise<void> {
    const failures: unknown[] = []
    for (const { instance, name } of this.created.splice(0).reverse()) {
      if (!hasOnDestroy(instance)) continue
      try {
        await instance.onDestroy()
      } catch (error) {
        logger.error(`${name}.onDestroy() failed`, { error: describeError(error) })
        failures.push(error)
      }
    }
    if (failures.length > 0) throw failures[0]
  }
}

function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error)
}
