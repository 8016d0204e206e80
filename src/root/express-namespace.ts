import type * as ExpressHost from '../express/index.js'
import type * as EntryCapture from '../core/entry-capture.js'
import type { ExtensionConfig } from '../core/index.js'
import { loadOnce } from './load-once.js'

// Loaded on first use: importing the package root (e.g. for `lambda`) must not load Express,
// nor the core's bundle for the CLI's capture (the Lambda host's bundle has what `lambda` runs).
const load = loadOnce(() => require('../express/index.js') as typeof ExpressHost)
const entryCapture = loadOnce(() => require('../core/entry-capture.js') as typeof EntryCapture)

/** `require('integrator-extension').express`, as the original exposed it. */
export const express = {
  createServer: ((...args: unknown[]) => {
    // The CLI is loading this entry: it serves the config itself (without loading Express here).
    const capture = entryCapture().hostCapture()
    if (capture) {
      capture.hosts.push({ via: 'express.createServer()', config: args[0] as ExtensionConfig })
      return typeof args[1] === 'function' ? undefined : entryCapture().notStarted()
    }
    return (load().createServer as (...a: unknown[]) => unknown)(...args)
  }) as typeof ExpressHost.createServer,
  stopServer: ((...args: unknown[]) => (load().stopServer as (...a: unknown[]) => unknown)(...args)) as typeof ExpressHost.stopServer,
  /** A new, independent server (several may run in one process). */
  createExtensionServer(config: ExpressHost.ExpressExtensionConfig): ExpressHost.ExtensionServer {
    return new (load().ExtensionServer)(config)
  },
}
