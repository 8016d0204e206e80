import type { GroupPlace } from '../core/groups.js'

/**
 * Where a decorated method goes in the plain module: a group's property (protocol.md §1,
 * core/groups.ts) or, for `@ExtensionFunction()`, the module itself ("flat", called without a `type`).
 */
export type FunctionGroup = GroupPlace

/** The argument of the function decorators: `@Hook()`, `@Hook('name')` or `@Hook({ kind, name })`. */
export interface FunctionDecoratorOptions {
  /** The contract kind (e.g. 'preMap'): recorded, and set on the function for contract checks. */
  kind?: string
  /** The exposed function name; default: the method's name. */
  name?: string
}

/** What one function decorator recorded about one method. */
export interface FunctionMetadata {
  readonly group: FunctionGroup
  /** The method's property name on the class. */
  readonly method: string
  /** The exposed name. */
  readonly name: string
  readonly kind: string | undefined
  /** E.g. '@Hook()', for error messages. */
  readonly decorator: string
}
