/**
 * Every error that goes on the wire, in one table. Texts are protocol.md's, byte for byte:
 * integrator.io and existing users match on them, so typos marked (sic) stay.
 */
export interface ProtocolError {
  code: string
  message: string
}

export const ProtocolErrors = {
  // protocol.md §1: configuration
  missingConfiguration: { code: 'missing_parameter', message: 'Options parameter is not provided.' },
  missingDiyOrConnectors: { code: 'missing_required_field', message: 'Either DIY or connectors field needs to be set.' },
  bothDiyAndConnectors: {
    code: 'invalid_configuration',
    message: 'The configuration object should only have one of the diy or connectors field.',
  },
  emptyConnectors: { code: 'invalid_field', message: 'No connector modules provided in the connectors field.' },
  missingSystemToken: { code: 'missing_required_field', message: 'systemToken not provided in options.' },
  serverAlreadyDeployed: { code: 'cannot_create_server', message: 'Integration-extension server is already deployed.' },
  // (sic) 'invaid': protocol.md §1
  serverNotDeployed: { code: 'invaid_function_call', message: 'Integration-extension server not deployed.' },

  // protocol.md §2: request validation, collected in this order
  diyNotConfigured: { code: 'missing_required_field', message: 'DIY is not configured in the extension configuration.' },
  // (sic) "does't": protocol.md §2
  connectorNotConfigured: {
    code: 'invalid_field',
    message: "The _connectorId set in the extension options does't match any of the _connectorId's present in extension configuration.",
  },
  missingDiyOrConnectorId: {
    code: 'missing_required_field',
    message: 'Need to set either the diy or _connectorId field in extension options.',
  },
  missingFunction: { code: 'missing_required_field', message: 'Missing required field function in the extension options.' },
  functionNotString: { code: 'invalid_field', message: 'The function field in the extension options must be of type string.' },
  missingFunctionOptions: { code: 'missing_required_field', message: "Function options haven't been provided." },

  // protocol.md §2: one at a time
  invalidFunction: { code: 'invalid_function', message: "The function passed in the extension options doesn't map to a function." },
  notSerializable: { code: 'invalid_extension_response', message: 'Extension response is not serializable.' },

  // protocol.md §3
  unauthorized: { code: 'unauthorized', message: 'Invalid system token.' },
} as const satisfies Record<string, ProtocolError>

/** protocol.md §2: `The object <type> doesn't exist in the module.` */
export function objectNotFound(type: string): ProtocolError {
  return { code: 'object_not_found', message: `The object ${type} doesn't exist in the module.` }
}

/** protocol.md §2: `response stream exceeded limit of <N> bytes.` */
export function responseSizeExceeded(limit: number): ProtocolError {
  return { code: 'response_size_exceeded', message: `response stream exceeded limit of ${limit} bytes.` }
}

// Beyond the protocol: checks the original lacked. Codes reuse the protocol's vocabulary.
export const HostErrors = {
  typeNotString: { code: 'invalid_field', message: 'The type field in the extension options must be of type string.' },
  functionOptionsNotObject: { code: 'invalid_field', message: 'Function options must be a JSON object.' },
  maxResponseSizeInvalid: {
    code: 'invalid_field',
    message: 'The maxResponseSize field in the extension options must be a positive integer (bytes).',
  },
  diyNotObject: { code: 'invalid_field', message: 'The diy field must be an object holding the extension functions.' },
  callTimeoutInvalid: {
    code: 'invalid_field',
    message: 'The callTimeout field must be a number of milliseconds greater than 0 and at most 2147483647.',
  },
  shuttingDown: { code: 'shutting_down', message: 'The extension host is shutting down.' },
} as const satisfies Record<string, ProtocolError>

export function connectorModuleNotObject(connectorId: string): ProtocolError {
  return { code: 'invalid_field', message: `The module for _connectorId "${connectorId}" must be an object holding the extension functions.` }
}

export function callTimedOut(name: string, ms: number): ProtocolError {
  return { code: 'function_timeout', message: `The function ${name} did not finish within ${ms} ms.` }
}

/** Opt-in (`strictContracts`): a result that breaks its kind's documented rules. Texts: src/core/checks/contract-messages.ts. */
export function contractViolation(message: string): ProtocolError {
  return { code: 'contract_violation', message }
}
