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
  return async function integratorExtensionHandler(event: unknown, context: Context): Promise<unknown> {
    if (!initialised) {
      try {
        await ready
      } catch (error) {
        throw new Error(JSON.stringify({ statusCode: 422, errors: [toProtocolError(error)] }))
      }
    }
    // `return await` saves the microtask ticks a returned promise costs an async function (measured with the bench of the decorator layer)
    return await handler(event, context)
  }
}
