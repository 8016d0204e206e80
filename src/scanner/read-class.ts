import type { ConnectorMetadata } from '../decorators/connector.js'
import { METADATA } from '../decorators/constants.js'
import type { FunctionMetadata } from '../decorators/function-metadata.js'
import type { Misuse } from '../decorators/misuse.js'
import type { InjectableOptions, ModuleOptions } from '../decorators/module-metadata.js'
import { getChain, getOwn } from '../decorators/reflect.js'

/**
 * A class's functions, its base classes' included. A method the subclass decorates again takes
 * the subclass's decorators only; base classes' functions come first.
 */
export function readFunctions(cls: Function): FunctionMetadata[] {
  const levels = getChain<readonly FunctionMetadata[]>(METADATA.functions, cls)
  const decided = new Set<string>()
  const result: FunctionMetadata[][] = []
  for (const level of levels) {
    result.unshift(level.filter((entry) => !decided.has(entry.method)))
    for (const entry of level) decided.add(entry.method)
  }
  return result.flat()
}

export function readMisuses(cls: Function): Misuse[] {
  return getChain<readonly Misuse[]>(METADATA.misuses, cls).flat()
}

export function readConnector(cls: Function): ConnectorMetadata | undefined {
  return getOwn<ConnectorMetadata>(METADATA.connector, cls)
}

export function isDiy(cls: Function): boolean {
  return getOwn<boolean>(METADATA.diy, cls) === true
}

export function readModule(cls: unknown): ModuleOptions | undefined {
  return typeof cls === 'function' ? getOwn<ModuleOptions>(METADATA.module, cls) : undefined
}

export function readInjectable(cls: Function): InjectableOptions | undefined {
  return getOwn<InjectableOptions>(METADATA.injectable, cls)
}

/** How messages name a class. */
export function className(cls: Function): string {
  return cls.name || '(anonymous class)'
}
