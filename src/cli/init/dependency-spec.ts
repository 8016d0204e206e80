import fs from 'node:fs'
import path from 'node:path'
import { UsageError } from '../run-action.js'
import { ownPackageJson, PACKAGE_ROOT } from './package-root.js'

/** How the new project depends on integrator-extension, and a line saying so. */
export interface DependencySpec {
  spec: string
  note: string
}

/**
 * `--from` wins (a tarball or a folder, as a `file:` spec). Otherwise this package's own
 * location: a checkout (or a folder linked into node_modules) is depended on as `file:<folder>`,
 * an install from a tarball as that tarball (the hidden lockfile says where it came from), and
 * anything else as `^version` from the registry.
 */
export function dependencySpec(from: string | undefined): DependencySpec {
  if (from !== undefined) return fromFlag(from)
  const root = fs.realpathSync(PACKAGE_ROOT)
  const version = ownPackageJson().version
  if (!root.split(path.sep).includes('node_modules')) {
    return { spec: `file:${root}`, note: `this checkout, ${root} (keep it built: npm run build there)` }
  }
  const resolved = resolvedFromLockfile(root)
  if (resolved?.startsWith('file:')) return { spec: resolved, note: `${resolved.slice(5)}, where this CLI was installed from` }
  return {
    spec: `^${version}`,
    note: `^${version} from the npm registry (if it is not published there, run init again with --from <tarball or checkout>)`,
  }
}

function fromFlag(from: string): DependencySpec {
  const target = path.resolve(from)
  const stat = fs.statSync(target, { throwIfNoEntry: false })
  if (stat?.isDirectory()) {
    const manifest = path.join(target, 'package.json')
    const name = fs.existsSync(manifest) ? (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string }).name : undefined
    if (name !== 'integrator-extension') throw new UsageError(`--from ${from} is not a checkout of integrator-extension (no package.json naming it).`)
    return { spec: `file:${target}`, note: `the folder ${target} (keep it built)` }
  }
  if (stat?.isFile() && /\.(tgz|tar\.gz)$/.test(target)) return { spec: `file:${target}`, note: `the tarball ${target}` }
  throw new UsageError(`--from ${from}: give a tarball (npm pack of integrator-extension, .tgz) or a checkout folder.`)
}

/** npm's hidden lockfile (node_modules/.package-lock.json) records where an installed package came from. */
function resolvedFromLockfile(root: string): string | undefined {
  const parts = root.split(path.sep)
  const at = parts.lastIndexOf('node_modules')
  const modules = parts.slice(0, at + 1).join(path.sep)
  const project = path.dirname(modules)
  try {
    const lock = JSON.parse(fs.readFileSync(path.join(modules, '.package-lock.json'), 'utf8')) as { packages?: Record<string, { resolved?: string }> }
    const key = path.relative(project, root).split(path.sep).join('/')
    const resolved = lock.packages?.[key]?.resolved
    if (resolved?.startsWith('file:')) return `file:${path.resolve(project, resolved.slice(5))}`
    return resolved
  } catch {
    return undefined
  }
}
