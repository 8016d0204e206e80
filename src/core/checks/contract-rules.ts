import type { GROUPS, KindedGroup } from '../groups.js'
import { Expected } from './contract-messages.js'
import { checkErrors, checkOptional, isObject, issue, type Issue } from './shape.js'

/** A result that must be an array with one entry per record of an input array. */
export interface ArrayRule {
  /** The options field the result must match in length (read before the call). */
  sameLengthAs: string
  /** Checks one entry; the path of an Issue is relative to the entry. */
  entry: (entry: unknown) => Issue | undefined
}

/** Any other result: one check of the whole value. */
export interface ValueRule {
  value: (result: unknown) => Issue | undefined
}

export type KindRule = ArrayRule | ValueRule

// ---- entry checks --------------------------------------------------------------------------

function recordResult(entry: unknown): Issue | undefined {
  if (!isObject(entry)) return issue('', entry, Expected.recordResult)
  return checkErrors(entry.errors, 'errors')
}

function record(entry: unknown): Issue | undefined {
  return isObject(entry) ? undefined : issue('', entry, Expected.record)
}

function importResponse(entry: unknown): Issue | undefined {
  if (!isObject(entry)) return issue('', entry, Expected.importResponse)
  if (typeof entry.statusCode !== 'number') return issue('statusCode', entry.statusCode, Expected.number)
  return checkOptional(entry, 'ignored', 'boolean') ?? checkErrors(entry.errors, 'errors')
}

function importWrapperResponse(entry: unknown): Issue | undefined {
  if (!isObject(entry)) return issue('', entry, Expected.importResponse)
  const status = entry.statusCode
  if (status !== 200 && status !== 401 && status !== 422) return issue('statusCode', status, Expected.importStatus)
  return checkOptional(entry, 'ignored', 'boolean') ?? checkErrors(entry.errors, 'errors')
}

// ---- value checks --------------------------------------------------------------------------

function preSavePage(result: unknown): Issue | undefined {
  if (!isObject(result)) return issue('', result, Expected.preSavePageResult)
  if (!Array.isArray(result.data)) return issue('data', result.data, Expected.array)
  const problem = checkErrors(result.errors, 'errors') ?? checkOptional(result, 'abort', 'boolean')
  if (problem) return problem
  const rejected = result.newErrorsAndRetryData
  if (rejected === undefined) return undefined
  if (!Array.isArray(rejected)) return issue('newErrorsAndRetryData', rejected, Expected.array)
  for (let i = 0; i < rejected.length; i++) {
    const item: unknown = rejected[i]
    const path = `newErrorsAndRetryData[${i}]`
    if (!isObject(item)) return issue(path, item, Expected.errorWithErrors)
    if (!Array.isArray(item.errors)) return issue(`${path}.errors`, item.errors, Expected.array)
    const bad = checkErrors(item.errors, `${path}.errors`)
    if (bad) return bad
  }
  return undefined
}

function ping(result: unknown): Issue | undefined {
  if (!isObject(result)) return issue('', result, Expected.pingResult)
  if (result.statusCode !== 200 && result.statusCode !== 401) return issue('statusCode', result.statusCode, Expected.pingStatus)
  const problem = checkErrors(result.errors, 'errors')
  if (problem) return problem
  // The original README: "statusCode should be set to 401 and errors should be populated if the connection fails".
  if (result.statusCode === 401 && !(Array.isArray(result.errors) && result.errors.length > 0)) {
    return issue('errors', result.errors, Expected.pingErrors)
  }
  return undefined
}

function exportPage(result: unknown): Issue | undefined {
  if (!isObject(result)) return issue('', result, Expected.exportResult)
  if (!Array.isArray(result.data)) return issue('data', result.data, Expected.array)
  if (typeof result.lastPage !== 'boolean') return issue('lastPage', result.lastPage, Expected.boolean)
  return checkErrors(result.errors, 'errors') ?? checkOptional(result, 'connectionOffline', 'boolean')
}

function stepResult(result: unknown): Issue | undefined {
  if (result === undefined || result === null) return undefined
  if (!isObject(result)) return issue('', result, Expected.stepResult)
  if (typeof result.success !== 'boolean') return issue('success', result.success, Expected.boolean)
  const steps = result.stepsToUpdate
  return steps === undefined || Array.isArray(steps) ? undefined : issue('stepsToUpdate', steps, Expected.array)
}

function persistSettings(result: unknown): Issue | undefined {
  if (!isObject(result)) return issue('', result, Expected.persistSettingsResult)
  if (typeof result.success !== 'boolean') return issue('success', result.success, Expected.boolean)
  const pending = result.pending
  return pending === undefined || isObject(pending) ? undefined : issue('pending', pending, Expected.object)
}

function object(result: unknown): Issue | undefined {
  return isObject(result) ? undefined : issue('', result, Expected.object)
}

const step: ValueRule = { value: stepResult }
const anObject: ValueRule = { value: object }

/**
 * The run-time rules of every kind (protocol.md §5 and the original README's stubs). Every kind has
 * an entry, so a new kind cannot be added without deciding; `undefined` means integrator.io
 * documents no result to check (it ignores what these return).
 */
export const CONTRACT_RULES: { readonly [G in KindedGroup]: { readonly [K in (typeof GROUPS)[G]['kinds'][number]]: KindRule | undefined } } = {
  hook: {
    preSavePage: { value: preSavePage },
    preMap: { sameLengthAs: 'data', entry: recordResult },
    postMap: { sameLengthAs: 'postMapData', entry: recordResult },
    postSubmit: { sameLengthAs: 'responseData', entry: importResponse },
    postResponseMap: { sameLengthAs: 'postResponseMapData', entry: record },
    postAggregate: undefined,
  },
  wrapper: {
    ping: { value: ping },
    export: { value: exportPage },
    import: { sameLengthAs: 'postMapData', entry: importWrapperResponse },
  },
  installer: { connectorInstaller: step, integrationInstaller: step, update: step },
  uninstaller: { preUninstall: step, integrationUninstaller: step, connectorUninstaller: step },
  setting: {
    persistSettings: { value: persistSettings },
    refreshMetadata: anObject,
    changeEdition: undefined,
    getMappingMetadata: anObject,
  },
  flat: { formInit: anObject, preSave: anObject, step: undefined, initChild: anObject, update: undefined, changeEdition: undefined },
}
