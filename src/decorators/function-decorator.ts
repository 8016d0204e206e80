import { groupAt, isKindOf } from '../core/groups.js'
import { METADATA } from './constants.js'
import type { FunctionDecoratorOptions, FunctionGroup, FunctionMetadata } from './function-metadata.js'
import { assertLegacyDecorators, memberName, recordMisuse } from './misuse.js'
import { appendOwn, reflect } from './reflect.js'

/**
 * The shared body of @Hook, @Wrapper, ... : records `{ group, method, name, kind }` on the class.
 * A use that is not on an instance method is recorded as a misuse, which bootstrap() reports
 * with the class and member named (TypeScript already rejects most at compile time).
 */
/** What the group decorators return at run time: it reads its own arguments, so it fits every overload's type. */
export type FunctionDecorator = (...args: unknown[]) => void

export function functionDecorator(decorator: string, group: FunctionGroup, arg: string | FunctionDecoratorOptions | undefined): FunctionDecorator {
  reflect()
  const parsed = parseArgument(arg, group)
  return (...args: unknown[]): void => {
    assertLegacyDecorators(decorator, args)
    const [target, key, descriptor] = args as [object, string | symbol | undefined, PropertyDescriptor | undefined]
    const member = memberName(key)
    const misuse = (problem: string, fix: string): void => recordMisuse(target, { decorator, member, problem, fix })
    const onMethods = `Put ${decorator} on an instance method.`

    if (typeof parsed === 'string') return misuse(parsed, `Use ${decorator.replace(/\(.*\)$/, '')}('name') or ({ name, kind }) with non-empty strings.`)
    if (key === undefined) return misuse('is on the class itself, not on a method', onMethods)
    if (typeof target === 'function') return misuse('is on a static method', onMethods)
    if (descriptor === undefined || typeof descriptor.value !== 'function') {
      const what = descriptor && (descriptor.get || descriptor.set) ? 'an accessor' : 'a property'
      return misuse(`is on ${what}, not a method`, onMethods)
    }
    const name = parsed.name ?? (typeof key === 'string' ? key : undefined)
    if (name === undefined) return misuse('is on a symbol-named method', `Give it a name: ${decorator.replace(/\(.*\)$/, '')}('name').`)

    const entry: FunctionMetadata = { group, method: key as string, name, kind: parsed.kind, decorator }
    appendOwn(METADATA.functions, entry, (target as { constructor: Function }).constructor)
  }
}

/** The decorator's argument as `{ name, kind }`, or the problem with it. */
function parseArgument(arg: unknown, group: FunctionGroup): FunctionDecoratorOptions | string {
  if (arg === undefined) return {}
  if (typeof arg === 'string') {
    if (arg === '') return 'has an empty name'
    // A documented kind of the group is the kind (as the typed overloads say); any other string is the name.
    return isKindOf(groupAt(group), arg) ? { kind: arg } : { name: arg }
  }
  if (typeof arg !== 'object' || arg === null) return `has an argument of type ${arg === null ? 'null' : typeof arg}`
  const { name, kind } = arg as Record<string, unknown>
  if (name !== undefined && (typeof name !== 'string' || name === '')) return 'has a name that is not a non-empty string'
  if (kind !== undefined && (typeof kind !== 'string' || kind === '')) return 'has a kind that is not a non-empty string'
  return { name: name as string | undefined, kind: kind as string | undefined }
}
