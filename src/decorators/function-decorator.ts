import { editDistance } from '../core/did-you-mean.js'
import { GROUPS, groupAt, isKindOf, type GroupName } from '../core/groups.js'
import { METADATA } from './constants.js'
import type { FunctionDecoratorOptions, FunctionGroup, FunctionMetadata } from './function-metadata.js'
import { classOf, memberName, type Misuse } from './misuse.js'
import { reflect } from './reflect.js'
import { classTarget, contextTarget, readCall, type MetadataTarget, type StandardContext } from './standard/decorator-call.js'

/** What the group decorators return at run time: it reads its own arguments, so it fits every overload's type. */
export type FunctionDecorator = (...args: unknown[]) => void

/**
 * The shared body of @Hook, @Wrapper, ... in either decorator mode: records `{ group, method, name, kind }`
 * on the class (legacy) or in `context.metadata` (standard). A use that is not on an instance method
 * is recorded as a misuse, which bootstrap() reports with the class and member named (TypeScript
 * already rejects most at compile time).
 */
export function functionDecorator(decorator: string, group: FunctionGroup, arg: string | FunctionDecoratorOptions | undefined): FunctionDecorator {
  reflect()
  const parsed = parseArgument(arg, group)
  return (...args: unknown[]): void => {
    const call = readCall(args)
    const found = call.mode === 'standard' ? standardMember(decorator, call.context) : legacyMember(call.args)
    const misuse = (problem: string, fix: string): void => found.target.append<Misuse>(METADATA.misuses, { decorator, member: found.member, problem, fix })
    const onMethods = `Put ${decorator} on an instance method.`

    if (typeof parsed === 'string') return misuse(parsed, `Use ${decorator.replace(/\(.*\)$/, '')}('name') or ({ name, kind }) with non-empty strings.`)
    if ('badKind' in parsed) {
      const kinds: readonly string[] = GROUPS[groupAt(group)].kinds ?? []
      return misuse(
        `has the kind '${parsed.badKind}', which is not a kind of its group${parsed.meant ? ` (did you mean ${parsed.meant}?)` : ''}`,
        kinds.length > 0 ? `Its kinds: ${kinds.join(', ')}; to name the function only, give { name }.` : 'Its group has no kinds: give { name } only.',
      )
    }
    if ('misspelt' in parsed) {
      const bare = decorator.replace(/\(.*\)$/, '')
      return misuse(
        `names '${parsed.misspelt}', which is not a kind of its group (did you mean ${parsed.meant}?)`,
        `Write ${bare}('${parsed.meant}') for the kind, or ${bare}({ name: '${parsed.misspelt}' }) to expose a function by that name.`,
      )
    }
    if (found.problem !== undefined) return misuse(found.problem, onMethods)
    const name = parsed.name ?? (typeof found.key === 'string' ? found.key : undefined)
    if (name === undefined) return misuse('is on a symbol-named method', `Give it a name: ${decorator.replace(/\(.*\)$/, '')}('name').`)

    const entry: FunctionMetadata = { group, method: found.key as string, name, kind: parsed.kind, decorator }
    found.target.append(METADATA.functions, entry)
  }
}

/** The decorated member, where to record about it, and why it is not an instance method (if it is not). */
interface DecoratedMember {
  readonly target: MetadataTarget
  readonly key: string | symbol | undefined
  readonly member: string | undefined
  readonly problem: string | undefined
}

function legacyMember(args: readonly unknown[]): DecoratedMember {
  const [on, key, descriptor] = args as [object, string | symbol | undefined, PropertyDescriptor | undefined]
  const target = classTarget(classOf(on))
  const found = { target, key, member: memberName(key) }
  if (key === undefined) return { ...found, problem: 'is on the class itself, not on a method' }
  if (typeof on === 'function') return { ...found, problem: 'is on a static method' }
  if (descriptor === undefined || typeof descriptor.value !== 'function') {
    const what = descriptor && (descriptor.get || descriptor.set) ? 'an accessor' : 'a property'
    return { ...found, problem: `is on ${what}, not a method` }
  }
  return { ...found, problem: undefined }
}

function standardMember(decorator: string, context: StandardContext): DecoratedMember {
  const target = contextTarget(decorator, context)
  const key = context.kind === 'class' ? undefined : context.name
  const found = { target, key, member: memberName(key) }
  const problem =
    context.kind === 'class'
      ? 'is on the class itself, not on a method'
      : context.kind === 'getter' || context.kind === 'setter' || context.kind === 'accessor'
        ? 'is on an accessor, not a method'
        : context.kind === 'field'
          ? 'is on a property, not a method'
          : context.static
            ? 'is on a static method'
            : context.private
              ? 'is on a private (#) method, which the framework cannot call'
              : undefined
  return { ...found, problem }
}

/** A string close to a kind of the group: the same but for case, or within an edit or two (one for short kinds). */
function misspeltKind(group: GroupName, word: string): string | undefined {
  const kinds: readonly string[] = GROUPS[group].kinds ?? []
  const sameButCase = kinds.find((kind) => kind.toLowerCase() === word.toLowerCase())
  if (sameButCase !== undefined) return sameButCase
  return kinds
    .map((kind) => ({ kind, distance: editDistance(word.toLowerCase(), kind.toLowerCase()) }))
    .filter(({ kind, distance }) => distance <= Math.min(2, Math.floor(kind.length / 3)))
    .sort((a, b) => a.distance - b.distance)[0]?.kind
}

/** The decorator's argument as `{ name, kind }`, a kind misspelt (as the name, or as `{ kind }`), or the problem with it. */
function parseArgument(
  arg: unknown,
  group: FunctionGroup,
): FunctionDecoratorOptions | { misspelt: string; meant: string } | { badKind: string; meant: string | undefined } | string {
  if (arg === undefined) return {}
  if (typeof arg === 'string') {
    if (arg === '') return 'has an empty name'
    // A documented kind of the group is the kind (as the typed overloads say); any other string is the
    // name, unless it is a kind misspelt: that would expose a function without its contract.
    if (isKindOf(groupAt(group), arg)) return { kind: arg }
    const meant = misspeltKind(groupAt(group), arg)
    if (meant !== undefined) return { misspelt: arg, meant }
    return { name: arg }
  }
  if (typeof arg !== 'object' || arg === null) return `has an argument of type ${arg === null ? 'null' : typeof arg}`
  const { name, kind } = arg as Record<string, unknown>
  if (name !== undefined && (typeof name !== 'string' || name === '')) return 'has a name that is not a non-empty string'
  if (kind !== undefined && (typeof kind !== 'string' || kind === '')) return 'has a kind that is not a non-empty string'
  // The explicit kind is a kind, or nothing: a wrong one would pass for a contract no check reads.
  if (kind !== undefined && !isKindOf(groupAt(group), kind)) return { badKind: kind as string, meant: misspeltKind(groupAt(group), kind as string) }
  return { name: name as string | undefined, kind: kind as string | undefined }
}
