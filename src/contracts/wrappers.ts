import type { BaseOptions, IntegratorError, OpenObject } from './common.js'

/**
 * Wrappers (request `type: 'wrapper'`, module group `wrappers`): a custom connection check,
 * export or import that replaces integrator.io's own adaptor (protocol.md §5).
 */

/** A wrapper connection as saved in integrator.io. */
export interface WrapperConnection {
  /** The connection's secret fields (API keys, passwords), decrypted for this call. */
  encrypted: OpenObject
  /** The connection's other fields (host names, account ids). */
  unencrypted: OpenObject
}

// ---- ping ----------------------------------------------------------------------------------

/** Options of a ping wrapper: the connection to check. */
export interface PingOptions extends BaseOptions {
  /** The connection to check. Always present. */
  connection: WrapperConnection
}

/** What a ping wrapper returns: 200 when the connection works, 401 with `errors` when it does not. */
export interface PingResult {
  /** 200: the connection works. 401: it does not (say why in `errors`). */
  statusCode: 200 | 401
  /** Why the connection failed; expected with 401. */
  errors?: IntegratorError[]
}

// ---- export --------------------------------------------------------------------------------

/** The kinds of export run: absent or `'all'` means export every record. */
export type ExportType = 'delta' | 'once' | 'test' | 'all'

/** Options of an export wrapper: fetch the next page. Called again and again until `lastPage`. */
export interface ExportOptions<TRecord = unknown, TState = unknown> extends BaseOptions {
  /** The connection to fetch with. Always present. */
  connection: WrapperConnection
  /** The kind of run; absent means all records. */
  type?: ExportType
  /** With `type: 'delta'`: fetch records whose `dateField` changed since `lastExecutionTime` (ms since the epoch). */
  delta?: { dateField: string; lastExecutionTime: number }
  /** With `type: 'once'`: fetch records whose `booleanField` is false (the export then sets it). */
  once?: { booleanField: string }
  /** With `type: 'test'`: fetch at most `limit` records. */
  test?: { limit: number }
  /** The `state` the previous call returned, as it was; absent on the first call of a run. */
  state?: TState
  /** When the export runs as a lookup: the flow's records to look up. */
  data?: TRecord[]
}

/** What an export wrapper returns: one page of records and whether more follow. */
export interface ExportResult<TRecord = unknown, TState = unknown> {
  /** The page's records (may be empty). Required. */
  data: TRecord[]
  /** Errors met while fetching this page. */
  errors?: IntegratorError[]
  /** True on the last page: integrator.io stops calling. Required. */
  lastPage: boolean
  /** Passed back as `options.state` on the next call (e.g. a cursor). */
  state?: TState
  /** True when the connection went offline: integrator.io marks it offline and stops the export. */
  connectionOffline?: boolean
}

// ---- import --------------------------------------------------------------------------------

/** Options of an import wrapper: the records to write. */
export interface ImportOptions<TPreMap = unknown, TPostMap = unknown> extends BaseOptions {
  /** The connection to write with. Always present. */
  connection: WrapperConnection
  /** The records as they were before mapping. Always present. */
  preMapData: TPreMap[]
  /** The mapped records to import. Always present. */
  postMapData: TPostMap[]
}

/** One record's outcome in an import wrapper's answer. */
export interface ImportRecordResponse {
  /** 200 imported (errors allowed: partial success), 401 auth or connection failure, 422 any other failure. */
  statusCode: 200 | 401 | 422
  /** The record's id in the target system. */
  id?: string
  /** True when the record was deliberately not imported. */
  ignored?: boolean
  /** What went wrong. */
  errors?: IntegratorError[]
}

/** What an import wrapper returns: one response per record of `options.postMapData`, in order (same length). */
export type ImportResult = ImportRecordResponse[]
