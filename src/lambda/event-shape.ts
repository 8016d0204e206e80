import { ProtocolErrors, type ProtocolError } from '../core/index.js'

const EXPECTED =
  'integrator.io invokes the function directly: the event is the function options, and ' +
  'context.clientContext (the invocation\'s ClientContext) is the extension options, { "diy": true } or ' +
  '{ "_connectorId": "..." } with "type" and "function". See docs/lambda.md of integrator-extension.'

/**
 * A hint for an invocation whose extension options name no diy or _connectorId and whose event
 * looks like something else than integrator.io's (protocol.md §4): an HTTP request (API Gateway,
 * a function URL) or the Express host's POST /function body. Put before the protocol's errors,
 * which stay as they are; undefined for any other event, whose answer is the protocol's alone.
 */
export function eventShapeHint(event: unknown, errors: readonly ProtocolError[]): ProtocolError | undefined {
  if (!errors.some((error) => error.message === ProtocolErrors.missingDiyOrConnectorId.message)) return undefined
  if (typeof event !== 'object' || event === null) return undefined
  if ('requestContext' in event && ('headers' in event || 'body' in event)) {
    return {
      code: 'invalid_lambda_event',
      message: `This event is an HTTP request (API Gateway or a function URL), not an integrator.io invocation. ${EXPECTED}`,
    }
  }
  if ('diy' in event || '_connectorId' in event) {
    return {
      code: 'invalid_lambda_event',
      message: `This event is the Express host's POST /function body (extension options with the function options under "options"). ${EXPECTED}`,
    }
  }
  return undefined
}
