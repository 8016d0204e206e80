import type { BaseOptions, IntegratorError, OpenObject } from './common.js'

/**
 * Hooks (request `type: 'hook'`, module group `hooks`): code integrator.io runs at fixed points of
 * a flow. Each kind's options and result, from protocol.md §5 and the original README's stubs.
 */

// ---- preSavePage ---------------------------------------------------------------------------

/** A file a file-based export read; the page's records came from it. */
export interface ExportedFile {
  /** integrator.io's metadata of the file, e.g. `{ fileName }`. */
  fileMeta?: OpenObject
  /** Any other field integrator.io sends about the file. */
  [field: string]: unknown
}

/** A record that failed, to be shown with its errors and offered for retry. */
export interface ErrorAndRetryData {
  /** The data integrator.io stores to retry the record later (usually the record itself). */
  retryData?: unknown
  /** Why the record failed. */
  errors: IntegratorError[]
}

/** Options of a preSavePage hook: a page of exported records, before integrator.io saves it. */
export interface PreSavePageOptions<TRecord = unknown> extends BaseOptions {
  /** The page: the records the export fetched. Always present (may be empty). */
  data: TRecord[]
  /** Errors the export hit while fetching this page. Always present (usually empty). */
  errors: IntegratorError[]
  /** File exports only: the files the page was read from. */
  files?: ExportedFile[]
  /** When records of this page are being retried: integrator.io's retry data for them. */
  retryData?: OpenObject
  /** The page's index in this export run, from 0. */
  pageIndex?: number
  /** Delta exports: the previous run's start, converted from a string to a `Date` before the call. */
  lastExportDateTime?: Date
  /** Delta exports: this run's start, converted from a string to a `Date` before the call. */
  currentExportDateTime?: Date
  /** True when the export runs as a test (a test run or preview): the hook may skip side effects. */
  testMode?: boolean
  /** True when the integrator.io UI fetches a sample of the data (the original README's `preview`). */
  preview?: boolean
}

/** What a preSavePage hook returns: the page to save, and what to report. */
export interface PreSavePageResult<TRecord = unknown> {
  /** The page to save: records may be changed, added or removed. Required. */
  data: TRecord[]
  /** The page's errors (usually `options.errors`, plus any of the hook's own). */
  errors?: IntegratorError[]
  /** True stops the export after this page. */
  abort?: boolean
  /** Records the hook rejects, each with its errors and the data to retry it with. */
  newErrorsAndRetryData?: ErrorAndRetryData[]
}

// ---- preMap, postMap -----------------------------------------------------------------------

/**
 * One record's answer from preMap or postMap: `{ data }` to process it, `{ data, errors }` to process
 * it and log errors, `{ errors }` to fail it, `{}` to ignore it.
 */
export interface RecordResult<TRecord = unknown> {
  /** The record to process (changed or not). Absent: the record is not processed. */
  data?: TRecord
  /** Errors to log for this record; with no `data`, the record fails. */
  errors?: IntegratorError[]
}

/** Options of a preMap hook: a page of records before the import maps them. */
export interface PreMapOptions<TRecord = unknown> extends BaseOptions {
  /** The records about to be mapped. Always present. */
  data: TRecord[]
}

/** What a preMap hook returns: one entry per record of `options.data`, in order (same length). */
export type PreMapResult<TRecord = unknown> = RecordResult<TRecord>[]

/** Options of a postMap hook: each record before and after mapping. */
export interface PostMapOptions<TPreMap = unknown, TPostMap = unknown> extends BaseOptions {
  /** The records as they were before mapping. Always present; same length as `postMapData`. */
  preMapData: TPreMap[]
  /** The mapped records, about to be imported. Always present. */
  postMapData: TPostMap[]
}

/** What a postMap hook returns: one entry per record of `options.postMapData`, in order (same length). */
export type PostMapResult<TPostMap = unknown> = RecordResult<TPostMap>[]

// ---- postSubmit, postResponseMap -----------------------------------------------------------

/** integrator.io's canonical response for one imported record. */
export interface ImportResponse<TJson = unknown> {
  /** 200 when the record was imported; 422 (or 401 for connection failures) when it failed. */
  statusCode: number
  /** The record's id in the target system, when it has one. */
  id?: string
  /** True when the import ignored the record. */
  ignored?: boolean
  /** What went wrong (or partly wrong, with 200). */
  errors?: IntegratorError[]
  /** The target system's complete response for the record (for HTTP imports, the response body). Writable. */
  _json?: TJson
  /** A link to the record in the target system, when integrator.io knows one. */
  dataURI?: string
}

/** Options of a postSubmit hook: the records and the target system's response to each. */
export interface PostSubmitOptions<TPreMap = unknown, TPostMap = unknown, TJson = unknown> extends BaseOptions {
  /** The records as they were before mapping. Always present. */
  preMapData: TPreMap[]
  /** The records as they were submitted. Always present. */
  postMapData: TPostMap[]
  /** One response per submitted record, in order. Always present. */
  responseData: ImportResponse<TJson>[]
}

/** What a postSubmit hook returns: `responseData`, changed as needed, same length as `options.responseData`. */
export type PostSubmitResult<TJson = unknown> = ImportResponse<TJson>[]

/** Options of a postResponseMap hook: records after the response mapping of a lookup or import. */
export interface PostResponseMapOptions<TRecord = unknown, TJson = unknown> extends BaseOptions {
  /** The flow's records with the mapped response fields merged in. Always present. */
  postResponseMapData: TRecord[]
  /** The responses the records' fields were mapped from, one per record. */
  responseData?: ImportResponse<TJson>[]
  /** True when the step runs one-to-many: each record stands for the child records under `pathToMany`. */
  oneToMany?: boolean
  /** With `oneToMany`: the path of the child records inside each parent record. */
  pathToMany?: string
}

/** What a postResponseMap hook returns: the records, changed as needed, same length as `options.postResponseMapData`. */
export type PostResponseMapResult<TRecord = unknown> = TRecord[]

// ---- postAggregate -------------------------------------------------------------------------

/** The outcome of uploading an aggregated file (read only). */
export interface PostAggregateData {
  /** Whether the aggregated file was uploaded. */
  success: boolean
  /** On success: the destination's answer, e.g. `{ name: 'orders-2017-07-18T11-45-48.txt' }`. */
  _json?: unknown
  /** On failure: the error's code. */
  code?: string
  /** On failure: the error's message. */
  message?: string
  /** On failure: where the error arose. */
  source?: string
}

/** Options of a postAggregate hook: called once the aggregated file of a file import is uploaded. */
export interface PostAggregateOptions extends BaseOptions {
  /** The upload's outcome. Always present; read only. */
  readonly postAggregateData: PostAggregateData
}

/** A postAggregate hook returns nothing: integrator.io ignores its result. */
export type PostAggregateResult = void
