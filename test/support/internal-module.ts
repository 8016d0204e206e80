import path from 'node:path'

const DIST = path.resolve(__dirname, '../../../dist')

/**
 * A module of the build that is not a package export, e.g. `internalModule('core/optional-peer.js')`.
 * tools/bundle.js makes each room of dist/ one file (its index.js); a file other rooms import
 * stays reachable through the room's accessor, the way the other rooms reach it.
 */
export function internalModule<T>(file: string): T {
  const room = file.split('/')[0]
  const index = require(path.join(DIST, room, 'index.js')) as Record<symbol, (file: string) => T>
  const accessor = index[Symbol.for('integrator-extension.room-module')]
  if (typeof accessor !== 'function') throw new Error(`dist/${room}/index.js has no room accessor: is dist/ built (npm run build)?`)
  return accessor(file)
}
