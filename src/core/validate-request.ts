import { DEFAULT_MAX_RESPONSE_SIZE, type ExtensionConfig, type ExtensionModule } from './config.js'
import { HostErrors, ProtocolErrors, type ProtocolError } from './protocol-errors.js'

/** A request that passed validation: the module to call into and what to call. */
export interface ValidRequest {
  module: ExtensionModule
  type: string | undefined
  functionName: string
  maxResponseSize: number
}

/**
 * protocol.md §2 "Request validation": all applicable errors, in the protocol's order.
 * Extra checks of ours (wrong field types) come after the protocol's own.
 */
export function validateRequest(config: ExtensionConfig, extensionOptions: unknown, functionOptions: unknown): ValidRequest | ProtocolError[] {
  const ext = (typeof extensionOptions === 'object' && extensionOptions !== null ? extensionOptions : {}) as Record<string, unknown>
  const errors: ProtocolError[] = []
  let module: ExtensionModule | undefined

  if (ext.diy) {
    module = config.diy ?? undefined
    if (!module) errors.push(ProtocolErrors.diyNotConfigured)
  } else if (ext._connectorId) {
    const connectors = config.connectors
    const id = ext._connectorId
    // Own keys only: `_connectorId: "constructor"` must not reach Object.prototype.
    module = typeof id === 'string' && connectors && Object.hasOwn(connectors, id) ? connectors[id] : undefined
    if (!module) errors.push(ProtocolErrors.connectorNotConfigured)
  } else {
    errors.push(ProtocolErrors.missingDiyOrConnectorId)
  }

  const fn = ext.function
  if (fn === undefined || fn === null || fn === '') errors.push(ProtocolErrors.missingFunction)
  else if (typeof fn !== 'string') errors.push(ProtocolErrors.functionNotString)

  if (functionOptions === undefined || functionOptions === null) errors.push(ProtocolErrors.missingFunctionOptions)
  else if (typeof functionOptions !== 'object' || Array.isArray(functionOptions)) errors.push(HostErrors.functionOptionsNotObject)

  const type = ext.type
  if (type !== undefined && type !== null && typeof type !== 'string') errors.push(HostErrors.typeNotString)

  const size = ext.maxResponseSize
  if (size !== undefined && size !== null && !(Number.isSafeInteger(size) && (size as number) > 0)) {
    errors.push(HostErrors.maxResponseSizeInvalid)
  }

  if (errors.length > 0 || !module) return errors
  return {
    module,
    type: typeof type === 'string' && type !== '' ? type : undefined,
    functionName: fn as string,
    maxResponseSize: typeof size === 'number' ? size : DEFAULT_MAX_RESPONSE_SIZE,
  }
}
