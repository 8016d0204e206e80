import type { ExtensionConfig } from './config.js'
import { ExtensionError } from './extension-error.js'
import { ProtocolErrors, HostErrors, connectorModuleNotObject } from './protocol-errors.js'

/**
 * Checks the diy/connectors part of a config (protocol.md §1), in the protocol's order.
 * Hosts add their own checks after this one (e.g. Express's systemToken).
 * Returns the first error, or undefined when the config is usable.
 */
export function validateConfig(config: unknown): ExtensionError | undefined {
  if (!isObject(config) || Object.keys(config).length === 0) return new ExtensionError(ProtocolErrors.missingConfiguration)
  const { diy, connectors, callTimeout } = config as ExtensionConfig
  const hasDiy = diy !== undefined && diy !== null
  const hasConnectors = connectors !== undefined && connectors !== null
  if (!hasDiy && !hasConnectors) return new ExtensionError(ProtocolErrors.missingDiyOrConnectors)
  if (hasDiy && hasConnectors) return new ExtensionError(ProtocolErrors.bothDiyAndConnectors)
  if (hasDiy) {
    if (!isObject(diy)) return new ExtensionError(HostErrors.diyNotObject)
  } else {
    if (!isObject(connectors) || Object.keys(connectors).length === 0) return new ExtensionError(ProtocolErrors.emptyConnectors)
    for (const [id, module] of Object.entries(connectors)) {
      if (!isObject(module)) return new ExtensionError(connectorModuleNotObject(id))
    }
  }
  // Node turns a timer delay it cannot use (Infinity, NaN, <= 0, > 2^31-1) into 1 ms: every call would time out.
  if (callTimeout !== undefined && callTimeout !== null && !(typeof callTimeout === 'number' && callTimeout > 0 && callTimeout <= MAX_TIMER_MS)) {
    return new ExtensionError(HostErrors.callTimeoutInvalid)
  }
  return undefined
}

const MAX_TIMER_MS = 2 ** 31 - 1

function isObject(value: unknown): value is object {
  return (typeof value === 'object' && value !== null) || typeof value === 'function'
}
