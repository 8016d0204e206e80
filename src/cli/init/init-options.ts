import { UsageError } from '../run-action.js'

export type InitHost = 'express' | 'lambda'
export type InitFlavour = { kind: 'diy' } | { kind: 'connector'; id: string }

export interface InitFlags {
  lambda?: boolean
  express?: boolean
  connector?: string
  diy?: boolean
  from?: string
}

/** integrator.io's ids: 24 hex digits (its document ids); older connectors have 32. */
const CONNECTOR_ID = /^(?:[0-9a-f]{24}|[0-9a-f]{32})$/i

export function initChoices(flags: InitFlags): { host: InitHost; flavour: InitFlavour } {
  if (flags.lambda && flags.express) throw new UsageError('give one of --lambda and --express (default: --express).')
  if (flags.diy && flags.connector !== undefined) throw new UsageError('give one of --connector <id> and --diy (default: --diy).')
  if (flags.connector !== undefined && !CONNECTOR_ID.test(flags.connector)) {
    throw new UsageError(`--connector ${flags.connector} is not a connector id: integrator.io's are 24 hex digits (or 32), e.g. 5f3c0a9e1b2d4c6e8a0b1c2d.`)
  }
  return {
    host: flags.lambda ? 'lambda' : 'express',
    flavour: flags.connector !== undefined ? { kind: 'connector', id: flags.connector.toLowerCase() } : { kind: 'diy' },
  }
}

/** An npm package name from the folder's name; never `integrator-extension` (npm refuses to install a package into its namesake). */
export function projectName(folder: string): string {
  const name = folder
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[._-]+|[-]+$/g, '')
    .slice(0, 214)
  return name === '' || name === 'integrator-extension' ? 'integrator-extension-app' : name
}
