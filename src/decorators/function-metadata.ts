/**
 * Where a decorated method goes in the plain module: a group object (protocol.md §1) or,
 * for `@ExtensionFunction()`, the module itself ("flat", called without a `type`).
 */
export type FunctionGroup = 'hooks' | 'wrappers' | 'installer' | 'uninstaller' | 'settings' | 'utilities' | 'flat'

/** The request `type` that reaches each group (protocol.md §1); flat functions take none. */
export const GROUP_TYPES: Readonly<Record<FunctionGroup, string | undefined>> = {
  hooks: 'hook',
  wrappers: 'wrapper',
  installer: 'installer',
  uninstaller: 'uninstaller',
  settings: 'setting',
  utilities: 'utility',
  flat: undefined,
}

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
