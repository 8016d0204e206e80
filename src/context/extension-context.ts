import { currentCallContext, type CallContext, type ExtensionOptions, type FunctionOptions, type Logger } from '../core/index.js'
import { createContextLogger } from '../logging/context-logger.js'
import { NoCallContextError } from '../errors/framework-errors.js'
import { Messages } from '../errors/messages.js'

/**
 * The current call, for services that need it without threading `options` through every
 * method: inject `ExtensionContext` anywhere. It holds no call state itself: each getter reads
 * the call whose code is running (AsyncLocalStorage), so one singleton serves concurrent
 * calls, each seeing only its own. Reading call data while no call runs throws NoCallContextError.
 */
export class ExtensionContext {
  /** Logs with the current call's fields (request id, connector, function, _integrationId, _flowId) added to each line. */
  readonly logger: Logger

  constructor(logger: Logger) {
    this.logger = createContextLogger(logger)
  }

  /** True while a call runs (false in constructors and `onInit()`). */
  get active(): boolean {
    return currentCallContext() !== undefined
  }

  /** The host's id of this call: Express's per-request id, Lambda's awsRequestId, or `invoke()`'s. */
  get requestId(): string | undefined {
    return this.call('requestId').requestId
  }

  /** The `traceid` header of the request (Express), for following a call across systems. */
  get traceId(): string | undefined {
    const id = this.call('traceId').extensionOptions.traceId
    return typeof id === 'string' ? id : undefined
  }

  /** The one-time token for integrator.io's API that came with this call. */
  get bearerToken(): string | undefined {
    return this.field('bearerToken', 'bearerToken')
  }

  get integrationId(): string | undefined {
    return this.field('_integrationId', 'integrationId')
  }

  get flowId(): string | undefined {
    return this.field('_flowId', 'flowId')
  }

  get exportId(): string | undefined {
    return this.field('_exportId', 'exportId')
  }

  get importId(): string | undefined {
    return this.field('_importId', 'importId')
  }

  get connectionId(): string | undefined {
    return this.field('_connectionId', 'connectionId')
  }

  /** The `_connectorId` the call targets; undefined for DIY calls. */
  get connectorId(): string | undefined {
    const id = this.call('connectorId').extensionOptions._connectorId
    return typeof id === 'string' ? id : undefined
  }

  /** The called function's name. */
  get functionName(): string | undefined {
    const name = this.call('functionName').extensionOptions.function
    return typeof name === 'string' ? name : undefined
  }

  /** The function options the called function received. */
  get options(): Readonly<FunctionOptions> {
    return this.call('options').options
  }

  get extensionOptions(): Readonly<ExtensionOptions> {
    return this.call('extensionOptions').extensionOptions
  }

  private field(key: string, property: string): string | undefined {
    const value = this.call(property).options[key]
    return typeof value === 'string' ? value : undefined
  }

  private call(property: string): CallContext {
    const context = currentCallContext()
    if (!context) throw new NoCallContextError(Messages.noCallContext(property))
    return context
  }
}
