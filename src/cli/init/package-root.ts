import fs from 'node:fs'
import path from 'node:path'

/** This package's folder (dist/cli/init/ → the root), its package.json and its templates. */
export const PACKAGE_ROOT = path.resolve(__dirname, '../../..')

export interface OwnPackageJson {
  name: string
  version: string
  devDependencies?: Record<string, string>
}

export function ownPackageJson(): OwnPackageJson {
  return JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as OwnPackageJson
}

export const TEMPLATES = path.join(PACKAGE_ROOT, 'templates/init')
