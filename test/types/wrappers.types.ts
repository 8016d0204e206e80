import type { Callback, ExportOptions, ExportResult, ImportOptions, ImportResult, PingOptions, PingResult, PreMapOptions } from 'integrator-extension'
import { Wrapper } from 'integrator-extension'

interface Cursor {
  page: number
}

/** Every wrapper kind, in both styles: compiles. */
export class GoodWrappers {
  @Wrapper('ping') async ping(options: PingOptions): Promise<PingResult> {
    return options.connection.encrypted.apiKey ? { statusCode: 200 } : { statusCode: 401, errors: [{ code: 'no_key', message: 'No API key' }] }
  }
  @Wrapper({ kind: 'ping', name: 'pingConnection' }) pingCb(_options: PingOptions, callback: Callback<PingResult>): void {
    callback(null, { statusCode: 200 })
  }
  @Wrapper('export') async export(options: ExportOptions<unknown, Cursor>): Promise<ExportResult<{ id: string }, Cursor>> {
    const page = (options.state?.page ?? 0) + 1
    return { data: [{ id: String(page) }], lastPage: page >= 3, state: { page } }
  }
  @Wrapper('export') exportCb(options: ExportOptions, callback: Callback<ExportResult>): void {
    callback(null, { data: [], lastPage: options.type !== 'delta' })
  }
  @Wrapper('import') import(options: ImportOptions): ImportResult {
    return options.postMapData.map((_, i) => ({ statusCode: 200, id: String(i) }))
  }
  @Wrapper('import') importCb(options: ImportOptions, callback: Callback<ImportResult>): void {
    callback(
      null,
      options.postMapData.map(() => ({ statusCode: 422, errors: [{ code: 'rejected', message: 'Rejected' }] })),
    )
  }
}

/** Each method breaks its kind's contract once. */
export class BadWrappers {
  // @ts-expect-error: ping options carry a connection, not records
  @Wrapper('ping') pingParam(options: PreMapOptions): PingResult {
    return { statusCode: options.data.length > 0 ? 200 : 401 }
  }
  // @ts-expect-error: statusCode is 200 or 401
  @Wrapper('ping') async pingReturn(_options: PingOptions) {
    return { statusCode: 500 }
  }
  // @ts-expect-error: the callback must take a PingResult
  @Wrapper('ping') pingReturnCb(_options: PingOptions, callback: Callback<boolean>): void {
    callback(null, true)
  }
  // @ts-expect-error: a string is not export options
  @Wrapper('export') exportParamCb(options: string, callback: Callback<ExportResult>): void {
    callback(null, { data: [options], lastPage: true })
  }
  // @ts-expect-error: lastPage is required
  @Wrapper('export') async exportReturn(_options: ExportOptions) {
    return { data: [] }
  }
  // @ts-expect-error: data is an array
  @Wrapper('export') exportReturnCb(_options: ExportOptions, callback: Callback<{ data: string; lastPage: boolean }>): void {
    callback(null, { data: 'x', lastPage: true })
  }
  // @ts-expect-error: import options carry preMapData/postMapData, not data
  @Wrapper('import') importParam(options: PreMapOptions): ImportResult {
    return options.data.map(() => ({ statusCode: 200 }))
  }
  // Not an error: a wider options type (here the ping's) is safe, as for any method.
  @Wrapper('import') importWide(options: PingOptions): ImportResult {
    return [{ statusCode: 200, id: String(options.connection.unencrypted.host) }]
  }
  // @ts-expect-error: an import answer is an array of responses
  @Wrapper('import') async importReturn(_options: ImportOptions) {
    return { statusCode: 200 }
  }
  // @ts-expect-error: statusCode is 200, 401 or 422
  @Wrapper('import') importReturnCb(options: ImportOptions, callback: Callback<Array<{ statusCode: 201 }>>): void {
    callback(
      null,
      options.postMapData.map(() => ({ statusCode: 201 })),
    )
  }
}
