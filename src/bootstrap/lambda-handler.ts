import type { Context } from 'aws-lambda'
import { toProtocolError } from '../core/call-function.js'
import type { LambdaHandler } from '../lambda/index.js'

/**
 * Wraps a Lambda handler so that invocations wait for the application's initialisation, which
 * starts during the cold start. If it failed, every invocation fails with its error in the
 * `{statusCode, errors}` form integrator.io parses (protocol.md §4).
 */
export function afterInit(ready: Promise<void>, handler: LambdaHandler): LambdaHandler {
  let initialised = false
  ready.then(
    () => (initialised = true),
    () => undefined, // logged by the lifecycle; reported by each invocation below
  )
  const failed = (error: unknown): never => {
    throw new Error(JSON.stringify({ statusCode: 422, errors: [toProtocolError(error)] }))
  }
  // Not an async function: once initialised, the handler's own promise is returned as it is,
  // without a second promise and its ticks per invocation. Two declared parameters, as the
  // nodejs24.x runtime requires.
  return function integratorExtensionHandler(event: unknown, context: Context): Promise<unknown> {
    if (initialised) return handler(event, context)
    return ready.then(() => handler(event, context), failed)
  }
}
