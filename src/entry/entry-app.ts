import type { ExtensionOptions, FunctionOptions, CallOutcome, Logger } from '../core/index.js'
import type { LambdaHandler } from '../lambda/index.js'
import type { FunctionManifestEntry } from '../core/describe-config.js'

export interface ServeOptions {
  port: number
  host: string
  systemToken: string
  logger?: Logger
  /** Serve from this many processes sharing the port (the Express host's `workers`, node:cluster). */
  workers?: number
}

export interface ServedEntry {
  readonly port: number
  close(): Promise<void>
}

/** What the CLI and the packaged Lambda need from an entry, plain config or decorated app alike. */
export interface EntryApp {
  describe(): FunctionManifestEntry[]
  serve(options: ServeOptions): Promise<ServedEntry>
  invoke(extensionOptions: ExtensionOptions, functionOptions: FunctionOptions): Promise<CallOutcome>
  /** The Lambda handler made from these functions; its per-call lines go to the console, as CloudWatch wants. */
  lambdaHandler(): LambdaHandler
}
