import type { Context } from 'aws-lambda'
import { toProtocolError } from '../core/call-function.js'
import { Dispatcher, callLogFields, installProcessFaultHandlers, type ExtensionConfig, type Logger, type ProtocolError } from '../core/index.js'
import { lifecycleHookOf } from '../core/lifecycle-failure.js'
import { describeThrown } from '../core/thrown-value.js'
import { createLambdaLogger } from '../logging/lambda-logger.js'
import { timeLeftForCall } from './deadline.js'
import { eventShapeHint } from './event-shape.js'
import { withHandlerSource } from './handler-source.js'

/** Configuration of the Lambda host: the core's fields (protocol.md §1, §4). */
export interface LambdaExtensionConfig extends ExtensionConfig {
  /**
   * An uncaught exception or unhandled rejection from a timer or callback a function started
   * fails the invocation it came from with the protocol's error; otherwise the runtime exits
   * and integrator.io gets an error it cannot read (docs/operations.md). Default true.
   */
  catchProcessFaults?: boolean
}

/**
 * The handler integrator.io invokes. Async with two declared parameters: the nodejs24.x
 * runtime refuses callback-style (three-parameter) handlers at load time.
 */
export type LambdaHandler = (event: unknown, context: Context) => Promise<unknown>

/** `createHandler(config, options)`: for an application that starts while the cold start runs. */
export interface LambdaHandlerOptions {
  /**
   * Settles when the functions are ready (e.g. a decorated application's `onInit()`): invocations
   * wait for it; if it rejects, each fails with its error as the protocol's 422.
   */
  ready?: Promise<void>
  /** What the handler carries for the CLI (`list`, `serve`, `invoke` of an entry exporting only it); default: the config. */
  application?: object
}

/**
 * protocol.md §4. The config is validated once, here; a bad one is logged now and every
 * invocation fails with its 422 error, as the original did. Never throws.
 */
export function createHandler(config: LambdaExtensionConfig, options: LambdaHandlerOptions = {}): LambdaHandler {
  const logger = config?.logger ?? createLambdaLogger()
  let dispatcher: Dispatcher | undefined
  let configErrors: ProtocolError[] = []
  try {
    dispatcher = new Dispatcher(config, logger)
  } catch (error) {
    const { code, message } = error as ProtocolError
    configErrors = [{ code, message }]
    logger.error(`integrator-extension: invalid configuration: ${message}`, { code })
  }
  let faultsCaught = false

  const handler = async function integratorExtensionHandler(event: unknown, context: Context): Promise<unknown> {
    if (!dispatcher) throw failedInvocation(logger, event, context, process.hrtime.bigint(), configErrors)
    // At the first invocation, not at load: a fault while the module initialises must still fail the init.
    if (!faultsCaught && config.catchProcessFaults !== false) {
      installProcessFaultHandlers(dispatcher.logger)
      faultsCaught = true
    }
    const started = process.hrtime.bigint() // not performance.now(): that loads perf_hooks, ~1.7 ms of a cold start
    // The runtime hands over the parsed ClientContext: the extension options.
    const extensionOptions = (context as { clientContext?: unknown } | undefined)?.clientContext
    const awsRequestId = context?.awsRequestId
    // The runtime serializes the result itself: it is checked, not serialized twice (json-length.ts).
    const outcome = await dispatcher.dispatch({
      extensionOptions,
      functionOptions: event,
      requestId: awsRequestId,
      timeoutMs: timeLeftForCall(context),
      serializeBody: false,
    })
    if (!outcome.ok) {
      // Someone calling it the way an HTTP API would: say what integrator.io sends instead.
      const hint = eventShapeHint(event, outcome.errors)
      throw failedInvocation(logger, event, context, started, hint ? [hint, ...outcome.errors] : outcome.errors, outcome.statusCode)
    }
    logInvocation(logger, event, context, started, outcome.statusCode)
    return outcome.result
  }
  const source = options.application ? { application: options.application } : { config }
  return withHandlerSource(options.ready ? afterReady(options.ready, handler, logger) : handler, source)
}

/**
 * One line per invocation: the call's fields, status and duration; a failed one at warn, with
 * the code of the first error it answered (what integrator.io reads first).
 */
function logInvocation(logger: Logger, event: unknown, context: Context | undefined, started: bigint, status: number, errorCode?: string): void {
  const extensionOptions = (context as { clientContext?: unknown } | undefined)?.clientContext
  const fields = callLogFields(extensionOptions, event)
  const durationMs = Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100
  const line = { awsRequestId: context?.awsRequestId, ...fields, durationMs, status, errorCode }
  const message = `${fields.function ?? '(no function)'} ${status} ${durationMs}ms`
  if (errorCode === undefined) logger.info(message, line)
  else logger.warn(message, line)
}

/** Logs the failed invocation and returns the error to throw. */
function failedInvocation(
  logger: Logger,
  event: unknown,
  context: Context | undefined,
  started: bigint,
  errors: readonly ProtocolError[],
  statusCode = 422,
): Error {
  logInvocation(logger, event, context, started, statusCode, errors[0]?.code ?? 'unknown')
  return invocationError(errors, statusCode)
}

/**
 * Invocations wait for `ready`, which starts during the cold start. If it failed, every
 * invocation fails with its error in the `{statusCode, errors}` form integrator.io parses.
 */
function afterReady(ready: Promise<void>, handler: LambdaHandler, logger: Logger): LambdaHandler {
  let initialised = false
  ready.then(
    () => (initialised = true),
    // Logged once, here (the cold start's log); reported by each invocation below.
    (error: unknown) =>
      logger.error(`${lifecycleHookOf(error) ?? 'starting the application'} failed; the application does not start`, { error: describeThrown(error) }),
  )
  const failed = (event: unknown, context: Context, started: bigint, error: unknown): never => {
    throw failedInvocation(logger, event, context, started, [toProtocolError(error)])
  }
  // Not an async function: once initialised, the handler's own promise is returned as it is,
  // without a second promise and its ticks per invocation. Two declared parameters, as the
  // nodejs24.x runtime requires.
  return function integratorExtensionHandler(event: unknown, context: Context): Promise<unknown> {
    if (initialised) return handler(event, context)
    const started = process.hrtime.bigint()
    return ready.then(
      () => handler(event, context),
      (error: unknown) => failed(event, context, started, error),
    )
  }
}

/** integrator.io parses the failed invocation's `errorMessage` as `{statusCode, errors}`. */
function invocationError(errors: readonly ProtocolError[], statusCode = 422): Error {
  return new Error(JSON.stringify({ statusCode, errors }))
}
