// The packaged zip's index.js for an entry that exports a @Module class (or a handler carrying an
// application): `package` bundles this file, resolving `integrator-extension:entry` to the user's entry file.
import { lambdaHandlerFromEntry } from './lambda-entry.js'

export const handler = lambdaHandlerFromEntry(require('integrator-extension:entry'), process.env.INTEGRATOR_EXTENSION_ENTRY ?? 'the entry')
