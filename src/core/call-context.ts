import { AsyncLocalStorage } from 'node:async_hooks'
import type { ExtensionOptions, FunctionOptions } from './config.js'
import type { Logger } from './logger.js'

/** What is known about the call being served. One per call; never shared between calls. */
export interface CallContext {
  /** The host's id for this call (Express: per request; Lambda: the awsRequestId). */
  readonly requestId: string | undefined
  readonly extensionOptions: Readonly<ExtensionOptions>
  /** The function options as the function received them (bearerToken, _integrationId, ...). */
  readonly options: Readonly<FunctionOptions>
  /** The serving host's logger: `ExtensionContext.logger` writes through it, in the host's format. */
  readonly logger?: Logger
}

// Per-call state lives here, not in singletons: Lambda Managed Instances and Express both run calls concurrently.
const storage = new AsyncLocalStorage<CallContext>()

/** The context of the call whose code is running now, or undefined outside a call. */
export function currentCallContext(): CallContext | undefined {
  return storage.getStore()
}

export function runInCallContext<T>(context: CallContext, fn: () => T): T {
  return storage.run(context, fn)
}
