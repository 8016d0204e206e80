import cluster, { type Worker } from 'node:cluster'
import type { Logger } from '../core/index.js'

/** The message a primary sends its workers to close gracefully (each then exits 0). */
export const CLOSE_MESSAGE = 'integrator-extension:close'

// A worker that dies sooner than this after its start counts as a failed start; after
// MAX_QUICK_EXITS of them in a row the pool stops replacing workers (a crash loop helps nobody).
const QUICK_EXIT_MS = 5_000
const MAX_QUICK_EXITS = 5

export interface WorkerPool {
  readonly port: number | undefined
  readonly size: number
  /** Asks every worker to close gracefully; kills those still running after `graceMs` plus a margin. */
  close(graceMs: number): Promise<void>
}

/** Whether this process should supervise workers instead of serving: the cluster primary, asked for more than one. */
export function supervisesWorkers(workers: number | undefined): workers is number {
  return typeof workers === 'number' && workers > 1 && cluster.isPrimary
}

/**
 * Forks `count` workers of this same program (node:cluster: each runs the entry again, sees
 * cluster.isWorker, and serves); they share the listening port. Resolves once every worker
 * listens; rejects if one exits first. A worker that dies later is replaced.
 */
export async function startWorkerPool(count: number, logger: Logger): Promise<WorkerPool> {
  const live = new Set<Worker>()
  const serving = new WeakSet<Worker>() // listening, so able to close gracefully on CLOSE_MESSAGE
  let port: number | undefined
  let closing = false
  let quickExits = 0

  const fork = (): Promise<void> => {
    const worker = cluster.fork()
    const startedAt = Date.now()
    live.add(worker)
    return new Promise<void>((resolve, reject) => {
      const onEarlyExit = (code: number | null, signal: string | null): void =>
        reject(new Error(`integrator-extension: a worker exited (code ${code}, signal ${signal}) before it listened`))
      worker.once('exit', onEarlyExit)
      worker.once('listening', (address) => {
        port ??= address.port
        serving.add(worker)
        worker.off('exit', onEarlyExit)
        worker.once('exit', (code, signal) => {
          live.delete(worker)
          if (closing) return
          quickExits = Date.now() - startedAt < QUICK_EXIT_MS ? quickExits + 1 : 0
          if (quickExits >= MAX_QUICK_EXITS) {
            logger.error('workers keep exiting right after they start; not replacing them any more', { code, signal })
            return
          }
          logger.error('a worker exited; starting another', { pid: worker.process.pid, code, signal })
          fork().catch((error: unknown) => {
            if (!closing) logger.error('a replacement worker failed to start', { error: String(error) })
          })
        })
        resolve()
      })
    })
  }

  const close = async (graceMs: number): Promise<void> => {
    closing = true
    const exits = [...live].map((worker) => new Promise<void>((resolve) => (worker.isDead() ? resolve() : worker.once('exit', () => resolve()))))
    for (const worker of live) {
      // A worker still starting (a replacement) serves nothing yet and has no close handler: stop it.
      if (serving.has(worker) && worker.isConnected()) worker.send(CLOSE_MESSAGE)
      else worker.process.kill('SIGTERM')
    }
    const cutoff = setTimeout(() => {
      for (const worker of live) if (!worker.isDead()) worker.process.kill('SIGKILL')
    }, graceMs + 5_000)
    cutoff.unref()
    await Promise.all(exits)
    clearTimeout(cutoff)
  }

  try {
    await Promise.all(Array.from({ length: count }, fork))
  } catch (error) {
    await close(0)
    throw error
  }
  return {
    get port() {
      return port
    },
    get size() {
      return live.size
    },
    close,
  }
}

/** In a worker: run `onClose` when the primary asks. Returns the uninstaller. */
export function onPrimaryClose(onClose: () => void): () => void {
  const listener = (message: unknown): void => {
    if (message === CLOSE_MESSAGE) onClose()
  }
  process.on('message', listener)
  return () => process.off('message', listener)
}

export const isClusterWorker = (): boolean => cluster.isWorker
