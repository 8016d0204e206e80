import { DEFAULT_CALL_TIMEOUT_MS, type ExtensionConfig, type ExtensionOptions, type FunctionOptions } from './config.js'
import { runInCallContext, type CallContext } from './call-context.js'
import { registerCallFailer, unregisterCallFailer } from './call-faults.js'
import { callFunction, type CallResult } from './call-function.js'
import { checkResult, serializeResult } from './check-result.js'
import { convertDates } from './dates.js'
import { findFunction } from './find-function.js'
import type { Logger } from './logger.js'
import { ProtocolErrors, type ProtocolError } from './protocol-errors.js'
import { describeThrown } from './thrown-value.js'
import { validateConfig } from './validate-config.js'
import { validateRequest } from './validate-request.js'
import type { ContractCheck, prepareContractCheck } from './checks/check-contract.js'

/** The answer to one call, ready for any host to put on its wire. */
export type CallOutcome =
  | { ok: true; statusCode: 200 /** JSON text; '' for an `undefined` result */; body: string; result: unknown }
  | { ok: false; statusCode: 422; errors: ProtocolError[] }

export interface DispatchRequest {
  extensionOptions: unknown
  functionOptions: unknown
  requestId?: string
  /** A tighter limit for this call only (e.g. the time left before a Lambda deadline); `callTimeout` still caps it. */
  timeoutMs?: number
  /**
   * False when the host's runtime serializes the result itself (Lambda): the result is checked
   * without being serialized here, and the outcome's `body` is built only if it is read.
   */
  serializeBody?: boolean
}

/**
 * The dispatch core: validated config in, `(extension options, function options) → outcome` out.
 * Knows nothing of HTTP or Lambda; both hosts and in-process invocation go through `dispatch`.
 */
export class Dispatcher {
  readonly config: Readonly<ExtensionConfig>
  readonly logger: Logger
  private readonly timeoutMs: number
  /** strictContracts: the checks, loaded with the first dispatcher that needs them (five modules a Lambda cold start need not read). */
  private readonly prepareContractCheck: typeof prepareContractCheck | undefined

  /** Throws the protocol's ExtensionError for a bad config. `logger`: the host's, else `config.logger`. */
  constructor(config: ExtensionConfig, logger?: Logger) {
    const error = validateConfig(config)
    if (error) throw error
    this.config = config
    this.logger = logger ?? config.logger ?? consoleFallback
    this.timeoutMs = config.callTimeout ?? DEFAULT_CALL_TIMEOUT_MS
    this.prepareContractCheck =
      config.strictContracts === true ? (require('./checks/check-contract.js') as typeof import('./checks/check-contract.js')).prepareContractCheck : undefined
  }

  async dispatch(request: DispatchRequest): Promise<CallOutcome> {
    const valid = validateRequest(this.config, request.extensionOptions, request.functionOptions)
    if (Array.isArray(valid)) return failure(valid)
    const found = findFunction(valid.module, valid.type, valid.functionName)
    if ('code' in found) return failure([found])

    const options = request.functionOptions as FunctionOptions
    convertDates(options)
    const context: CallContext = {
      requestId: request.requestId,
      extensionOptions: request.extensionOptions as ExtensionOptions,
      options,
      logger: this.logger,
    }
    const settings = {
      name: valid.functionName,
      timeoutMs: Math.min(this.timeoutMs, request.timeoutMs ?? Infinity),
      logger: this.logger,
      onStart: (fail: (error: unknown) => void) => registerCallFailer(context, fail),
    }
    // strictContracts: prepared before the call, as the function may change the input it is checked against.
    const checkContract = this.prepareContractCheck?.(found.fn, valid.type, valid.functionName, options)
    let called: CallResult
    try {
      called = await runInCallContext(context, () => callFunction(found, options, settings))
    } finally {
      unregisterCallFailer(context)
    }
    if (!called.ok) return failure([called.error])
    try {
      return this.#checkResult(called.value, checkContract, valid.maxResponseSize, request.serializeBody !== false)
    } catch (error) {
      // A getter or a Proxy in the result that throws: the result cannot be read, so it cannot be sent.
      this.logger.error(`${valid.functionName}: reading its result threw`, { error: describeThrown(error, { stack: false }) })
      return failure([ProtocolErrors.notSerializable])
    }
  }

  #checkResult(result: unknown, checkContract: ContractCheck | undefined, maxResponseSize: number, serialize: boolean): CallOutcome {
    const violation = checkContract?.(result)
    if (violation) return failure([violation])
    if (!serialize) {
      const error = checkResult(result, maxResponseSize)
      return error ? failure([error]) : lazyBodySuccess(result)
    }
    const serialized = serializeResult(result, maxResponseSize)
    if ('error' in serialized) return failure([serialized.error])
    return { ok: true, statusCode: 200, body: serialized.body, result }
  }
}

/**
 * For a Dispatcher built without a logger (the hosts always pass theirs, src/logging/): late
 * answers and unreadable results must still be seen somewhere.
 */
const consoleFallback: Logger = {
  info: (message, meta) => console.info(message, meta ?? ''),
  warn: (message, meta) => console.warn(message, meta ?? ''),
  error: (message, meta) => console.error(message, meta ?? ''),
}

function lazyBodySuccess(result: unknown): CallOutcome {
  return new LazyBodySuccess(result)
}

/** A success whose body is serialized on first read (a getter on a class, not on a literal: V8 keeps it fast). */
class LazyBodySuccess {
  readonly ok = true
  readonly statusCode = 200
  #body: string | undefined
  constructor(readonly result: unknown) {}
  get body(): string {
    return (this.#body ??= this.result === undefined ? '' : JSON.stringify(this.result))
  }
}

function failure(errors: ProtocolError[]): CallOutcome {
  return { ok: false, statusCode: 422, errors }
}
