import { connectorIdProblem } from '../core/connector-id.js'
import type { FunctionManifestEntry } from '../entry/index.js'

/**
 * A plain config's `connectors` keys are not refused (the original accepted any key, and the
 * protocol matches them as given), but one integrator.io could never send is said once, on stderr.
 * (`@Connector` refuses them at bootstrap.)
 */
export function warnConnectorIds(manifest: readonly FunctionManifestEntry[]): void {
  const ids = new Set(manifest.map((entry) => entry.connector).filter((id) => id !== 'diy'))
  for (const id of ids) {
    const problem = connectorIdProblem(id)
    if (problem) process.stderr.write(`warning: the connectors config ${problem}.\n`)
  }
}
