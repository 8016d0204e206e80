import { kindOf } from '../function-kind.js'
import { GROUPS, isKindOf, type KindedGroup } from '../groups.js'

export interface ResolvedKind {
  group: KindedGroup
  kind: string
}

const KINDED = (Object.keys(GROUPS) as Array<keyof typeof GROUPS>).filter((g): g is KindedGroup => GROUPS[g].kinds !== undefined)
/** The original README names its stubs `preMapFunction`, `exportFunction`, ...: the same kinds. */
const SUFFIX = 'Function'

/**
 * The contract a call's function must keep, or undefined when it has none:
 * 1. the kind marked on the function (`@Hook({ kind })` via the scanner, or `withKind`), in the group
 *    the request's `type` names, else in the only group that has that kind;
 * 2. else the function's name in its group, when it is a documented kind of that group
 *    (`hooks.preMap`, `wrappers.ping`, flat `formInit`), with or without the suffix `Function`.
 * Functions in other groups (`utilities`, custom ones) have no contract.
 */
export function resolveKind(fn: unknown, type: string | undefined, name: string): ResolvedKind | undefined {
  const group = groupOfType(type)
  const marked = kindOf(fn)
  if (marked !== undefined) {
    if (group !== undefined && isKindOf(group, marked)) return { group, kind: marked }
    const owners = KINDED.filter((g) => isKindOf(g, marked))
    return owners.length === 1 ? { group: owners[0] as KindedGroup, kind: marked } : undefined
  }
  if (group === undefined) return undefined
  if (isKindOf(group, name)) return { group, kind: name }
  const stem = name.endsWith(SUFFIX) ? name.slice(0, -SUFFIX.length) : undefined
  return stem !== undefined && isKindOf(group, stem) ? { group, kind: stem } : undefined
}

/** protocol.md §1: the request `type` names the group; no `type` is the flat module. */
function groupOfType(type: string | undefined): KindedGroup | undefined {
  if (type === undefined) return 'flat'
  return type !== 'flat' && (KINDED as string[]).includes(type) ? (type as KindedGroup) : undefined
}
