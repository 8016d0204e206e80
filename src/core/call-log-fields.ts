import type { CallContext } from './call-context.js'

/** The fields every per-call log line carries, on every host and in users' own lines. */
export interface CallLogFields {
  requestId?: string
  traceId?: string
  connector?: string
  type?: string
  function?: string
  _integrationId?: string
  _flowId?: string
}

export function callLogFields(extensionOptions: unknown, functionOptions: unknown): CallLogFields {
  const ext = asRecord(extensionOptions)
  const options = asRecord(functionOptions)
  return {
    traceId: text(ext.traceId),
    connector: ext.diy ? 'diy' : text(ext._connectorId),
    type: text(ext.type),
    function: text(ext.function),
    _integrationId: text(options._integrationId),
    _flowId: text(options._flowId),
  }
}

export function contextLogFields(context: CallContext): CallLogFields {
  return { requestId: context.requestId, ...callLogFields(context.extensionOptions, context.options) }
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}
