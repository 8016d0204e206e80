import type { ContractGroup } from '../../contracts/contract-kinds.js'
import { CONTRACT_KINDS } from '../../contracts/kind-names.js'
import { closest } from '../../core/did-you-mean.js'
import { DEFAULT_FIXTURE_RECORDS, makeFixture } from '../fixtures/fixture-kinds.js'
import { UsageError } from '../run-action.js'

interface FixtureFlags {
  type?: string
  records?: number
}

const GROUPS = Object.keys(CONTRACT_KINDS) as ContractGroup[]

/** Prints a realistic options object for a kind: what `invoke --options -` takes. */
export async function fixtureCommand(kind: string, flags: FixtureFlags): Promise<void> {
  const group = resolveGroup(kind, flags.type)
  process.stdout.write(`${JSON.stringify(makeFixture(group, kind, flags.records ?? DEFAULT_FIXTURE_RECORDS), null, 2)}\n`)
}

/** The group of `kind`: the one --type names, or the only group that has it. */
export function resolveGroup(kind: string, type: string | undefined): ContractGroup {
  if (type !== undefined && !(GROUPS as string[]).includes(type)) {
    throw new UsageError(`--type ${type} is not a group of kinds: give one of ${GROUPS.join(', ')}.`)
  }
  const owners = GROUPS.filter((group) => (CONTRACT_KINDS[group] as readonly string[]).includes(kind))
  if (type !== undefined) {
    if (owners.includes(type as ContractGroup)) return type as ContractGroup
    throw new UsageError(
      `${kind} is not a kind of ${type}${suggestion(kind, CONTRACT_KINDS[type as ContractGroup])}; its kinds: ${CONTRACT_KINDS[type as ContractGroup].join(', ')}.`,
    )
  }
  if (owners.length === 1) return owners[0] as ContractGroup
  if (owners.length > 1) throw new UsageError(`${kind} is a kind of ${owners.join(' and of ')}: add --type ${owners.join(' or --type ')}.`)
  const all = [...new Set(GROUPS.flatMap((group) => CONTRACT_KINDS[group] as readonly string[]))]
  throw new UsageError(`unknown kind ${JSON.stringify(kind)}${suggestion(kind, all)}; the kinds: ${kindList()}.`)
}

function suggestion(kind: string, candidates: readonly string[]): string {
  const near = closest(kind, candidates)
  return near.length === 0 ? '' : ` (did you mean ${near.slice(0, 2).join(' or ')}?)`
}

function kindList(): string {
  return GROUPS.map((group) => `${group} ${CONTRACT_KINDS[group].join('|')}`).join('; ')
}
