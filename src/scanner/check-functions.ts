import { GROUP_PROPERTIES } from '../core/groups.js'
import type { FunctionMetadata } from '../decorators/function-metadata.js'
import { DuplicateFunctionError } from '../errors/framework-errors.js'
import { Messages } from '../errors/messages.js'
import { className } from './read-class.js'

/** Each exposed name once per group of one class; flat names never a group's property (core/groups.ts). */
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
