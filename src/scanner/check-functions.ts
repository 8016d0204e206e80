import type { FunctionMetadata } from '../decorators/function-metadata.js'
import { DuplicateFunctionError } from '../errors/framework-errors.js'
import { Messages } from '../errors/messages.js'
import { className } from './read-class.js'

// The module properties the core reads as groups (protocol.md §1): a flat function must not take one.
const GROUP_PROPERTIES = new Set(['hooks', 'wrappers', 'installer', 'uninstaller', 'settings', 'utilities'])

/** Each exposed name once per group of one class; flat names never a group's property. */
export function checkFunctions(cls: Function, functions: readonly FunctionMetadata[]): void {
  const seen = new Map<string, FunctionMetadata>()
  for (const fn of functions) {
    if (fn.group === 'flat' && GROUP_PROPERTIES.has(fn.name)) {
      throw new DuplicateFunctionError(Messages.flatNameTakesGroup(className(cls), fn.method, fn.name))
    }
    const key = `${fn.group}\u0000${fn.name}`
    const first = seen.get(key)
    if (first) {
      const group = fn.group === 'flat' ? 'flat functions' : fn.group
      throw new DuplicateFunctionError(Messages.duplicateFunction(className(cls), group, fn.name, first.method, fn.method, fn.decorator))
    }
    seen.set(key, fn)
  }
}
