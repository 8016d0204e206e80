import path from 'node:path'

const DIST = path.resolve(__dirname, '../../../dist')
const ACCESSOR = Symbol.for('integrator-extension.room-files')

/**
 * A module of the build that is not a package export, e.g. `internalModule('core/optional-peer.js')`.
 * tools/bundle.js makes each room of dist/ one file (its index.js); a file that other rooms import
 * stays reachable through the accessor on the room bundle's exports, the way the other rooms reach it.
 */
export function internalModule<T>(file: string): T {
  const index = require(path.join(DIST, file.split('/')[0]!, 'index.js')) as { [ACCESSOR]?: (file: string) => T }
  const accessor = index[ACCESSOR]
  if (typeof accessor !== 'function') throw new Error(`dist/${file.split('/')[0]}/index.js has no accessor to its files: is dist/ built (npm run build)?`)
  return accessor(file)
}
