import { Dispatcher, type CallOutcome, type ExtensionConfig, type Logger } from 'integrator-extension'
import { expect } from 'chai'

const silent: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined }

/** One call through a real Dispatcher over a DIY module. */
export function dispatch(
  module: object,
  call: { type?: string; function: string; options?: object },
  config: Partial<ExtensionConfig> = { strictContracts: true },
): Promise<CallOutcome> {
  const dispatcher = new Dispatcher({ diy: module, logger: silent, ...config })
  const extensionOptions = call.type === undefined ? { diy: true, function: call.function } : { diy: true, type: call.type, function: call.function }
  return dispatcher.dispatch({ extensionOptions, functionOptions: call.options ?? {} })
}

export function expectViolation(outcome: CallOutcome, message: string): void {
  expect(outcome).to.deep.equal({ ok: false, statusCode: 422, errors: [{ code: 'contract_violation', message }] })
}

export function expectOk(outcome: CallOutcome, result: unknown): void {
  expect(outcome.ok, JSON.stringify(outcome)).to.equal(true)
  if (outcome.ok) expect(outcome.result).to.deep.equal(result)
}

/** The module-group property a request `type` reaches (protocol.md §1). */
export const GROUP_PROPERTY: Record<string, string> = {
  hook: 'hooks',
  wrapper: 'wrappers',
  installer: 'installer',
  uninstaller: 'uninstaller',
  setting: 'settings',
}

/** A DIY module holding `fn` as `name` in the group of `type` (flat when type is undefined). */
export function moduleWith(type: string | undefined, name: string, fn: Function): object {
  return type === undefined ? { [name]: fn } : { [GROUP_PROPERTY[type] ?? type]: { [name]: fn } }
}
