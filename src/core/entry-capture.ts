import type { AsyncLocalStorage } from 'node:async_hooks'
import type { ExtensionConfig } from './config.js'

/**
 * What a host was asked to serve while the CLI loaded an entry: the config given to
 * `express.createServer(config)` (or an `ExtensionServer`), or the application of
 * `bootstrap(AppModule).express()`. Opaque to the core: entry/ reads it.
 */
export type CapturedHost = { readonly via: string; readonly config: ExtensionConfig } | { readonly via: string; readonly application: object }

/** The hosts asked for during one capture, in order. */
export interface HostCapture {
  readonly hosts: CapturedHost[]
}

// One storage per process, found through the global registry: an entry's own copy of the package
// and the CLI's copy must see the same capture. It holds nothing outside captureHosts().
const KEY = Symbol.for('integrator-extension.host-capture')
type Holder = { [KEY]?: AsyncLocalStorage<HostCapture> }

/**
 * Runs `load` (the CLI loading an entry) with the hosts in
 * capture mode: a host asked to start records what it was given and does not listen, nor run
 * a decorated application's lifecycle. The mode ends with `load`'s (async) call tree.
 */
export async function captureHosts<T>(load: () => T | Promise<T>): Promise<{ value: T | undefined; hosts: CapturedHost[] }> {
  const capture: HostCapture = { hosts: [] }
  const loading = storage().run(capture, load)
  if (!(loading instanceof Promise)) return { value: loading, hosts: capture.hosts }
  // An ES module that awaits the host it started (`await createServer(config)` at its top level)
  // never finishes loading, and the process would end with it: once a host is captured, the load
  // is given a moment to finish, then its exports (none yet) are left behind and the host used.
  const value = await new Promise<T | undefined>((resolve, reject) => {
    let giveUp: NodeJS.Timeout | undefined
    const poll = setInterval(() => {
      if (capture.hosts.length > 0 && giveUp === undefined) giveUp = setTimeout(() => finish(() => resolve(undefined)), SETTLE_MS)
    }, 10)
    const finish = (settle: () => void): void => {
      clearInterval(poll)
      clearTimeout(giveUp)
      settle()
    }
    loading.then(
      (loaded) => finish(() => resolve(loaded)),
      (error: unknown) => finish(() => reject(error)),
    )
  })
  return { value, hosts: capture.hosts }
}

/** How long an ES module that has asked for a host may go on loading before the CLI stops waiting for it. */
const SETTLE_MS = 200

/** The capture in force, if a host is being asked to start while an entry loads; else undefined (always, in normal use). */
export function hostCapture(): HostCapture | undefined {
  return (globalThis as Holder)[KEY]?.getStore()
}

/** What a captured host answers instead of listening: a promise that never settles (the entry's code after it does not run). */
export function notStarted<T>(): Promise<T> {
  return new Promise<T>(() => undefined)
}

function storage(): AsyncLocalStorage<HostCapture> {
  const holder = globalThis as Holder
  // Loaded on first capture only: normal use (and every Lambda cold start) never reads async_hooks for this.
  if (!holder[KEY]) {
    const { AsyncLocalStorage } = require('node:async_hooks') as typeof import('node:async_hooks')
    holder[KEY] = new AsyncLocalStorage<HostCapture>()
  }
  return holder[KEY]
}
