// The packaged zip's index.js for an entry that exports its own `handler` or a plain config:
// `package` bundles this file, resolving `integrator-extension:entry` to the user's entry file.
// It imports neither the decorator framework nor the Express host (plain-lambda-entry.ts).
import { plainLambdaHandlerFromEntry } from './plain-lambda-entry.js'

export const handler = plainLambdaHandlerFromEntry(require('integrator-extension:entry'), process.env.INTEGRATOR_EXTENSION_ENTRY ?? 'the entry')
