import type {
  Callback,
  ImportResponse,
  PostAggregateOptions,
  PostMapOptions,
  PostMapResult,
  PostResponseMapOptions,
  PostResponseMapResult,
  PostSubmitOptions,
  PostSubmitResult,
  PreMapOptions,
  PreMapResult,
  PreSavePageOptions,
  PreSavePageResult,
} from 'integrator-extension'
import { Hook } from 'integrator-extension'

interface Order {
  id: number
  sku: string
}

/** Every hook kind, in both styles: compiles. */
export class GoodHooks {
  @Hook('preSavePage') async preSavePage(options: PreSavePageOptions): Promise<PreSavePageResult> {
    return { data: options.data, errors: options.errors, abort: false }
  }
  @Hook('preSavePage') preSavePageCb(options: PreSavePageOptions, callback: Callback<PreSavePageResult>): void {
    callback(null, { data: options.data })
  }
  @Hook('preMap') preMap(options: PreMapOptions): PreMapResult {
    return options.data.map((record) => ({ data: record }))
  }
  @Hook('preMap') async preMapAsync(options: PreMapOptions) {
    return options.data.map(() => ({}))
  }
  @Hook('preMap') preMapCb(options: PreMapOptions, callback: Callback<PreMapResult>): void {
    callback(null, [])
  }
  // Users type their own records; the method's options may be narrower than the kind's.
  @Hook('preMap') preMapOrders(options: PreMapOptions<Order>): PreMapResult<Order> {
    return options.data.map((order) => ({ data: { ...order, sku: order.sku.trim() } }))
  }
  @Hook('preMap') preMapOrdersCb(options: PreMapOptions<Order>, callback: Callback<PreMapResult<Order>>): void {
    callback(
      null,
      options.data.map((order) => (order.id > 0 ? { data: order } : { errors: [{ code: 'bad_id', message: 'No id' }] })),
    )
  }
  @Hook({ kind: 'preMap', name: 'cleanOrders' }) renamed(options: PreMapOptions): PreMapResult {
    return options.data.map(() => ({}))
  }
  @Hook('postMap') postMap(options: PostMapOptions): PostMapResult {
    return options.postMapData.map((record) => ({ data: record }))
  }
  @Hook('postMap') postMapCb(options: PostMapOptions<Order, Order>, callback: Callback<PostMapResult<Order>>): void {
    callback(
      null,
      options.postMapData.map((data) => ({ data })),
    )
  }
  @Hook('postSubmit') async postSubmit(options: PostSubmitOptions): Promise<PostSubmitResult> {
    return options.responseData
  }
  @Hook('postSubmit') postSubmitCb(options: PostSubmitOptions, callback: Callback<ImportResponse[]>): void {
    callback(null, options.responseData)
  }
  @Hook('postResponseMap') postResponseMap(options: PostResponseMapOptions<Order>): PostResponseMapResult<Order> {
    return options.postResponseMapData
  }
  @Hook('postResponseMap') postResponseMapCb(options: PostResponseMapOptions, callback: Callback<PostResponseMapResult>): void {
    callback(null, options.postResponseMapData)
  }
  @Hook('postAggregate') async postAggregate(options: PostAggregateOptions): Promise<void> {
    if (!options.postAggregateData.success) console.log(options.postAggregateData.message)
  }
  @Hook('postAggregate') postAggregateCb(_options: PostAggregateOptions, callback: Callback<void>): void {
    callback()
  }
  // No options parameter at all is fine: integrator.io's options may be ignored.
  @Hook('preMap') ignoresOptions(): PreMapResult {
    return []
  }
  // Untyped as before: no kind, or only a name.
  @Hook() anything(value: number): string {
    return String(value)
  }
  @Hook('customName') named(value: boolean): boolean {
    return value
  }
}

/** Each method breaks its kind's contract once; the line after each `@ts-expect-error` must not compile. */
export class BadHooks {
  // wrong parameter type, async style
  // @ts-expect-error: PostMapOptions are not preMap options
  @Hook('preMap') preMapParam(options: PostMapOptions): PreMapResult {
    return options.postMapData.map(() => ({}))
  }
  // wrong parameter type, callback style
  // @ts-expect-error: a string is not preMap options
  @Hook('preMap') preMapParamCb(options: string, callback: Callback<PreMapResult>): void {
    callback(null, [{ data: options }])
  }
  // wrong return type, async style
  // @ts-expect-error: preMap returns an array of {data?, errors?}, not one object
  @Hook('preMap') async preMapReturn(options: PreMapOptions) {
    return { data: options.data }
  }
  // wrong return type, sync
  // @ts-expect-error: an entry's errors are {code, message} objects
  @Hook('preMap') preMapErrors(options: PreMapOptions) {
    return options.data.map(() => ({ errors: ['failed'] }))
  }
  // wrong return type, callback style
  // @ts-expect-error: the callback must take a PreMapResult
  @Hook('preMap') preMapReturnCb(options: PreMapOptions, callback: Callback<number>): void {
    callback(null, options.data.length)
  }
  // @ts-expect-error: preSavePage must return {data, ...}, not the bare array
  @Hook('preSavePage') preSavePageReturn(options: PreSavePageOptions) {
    return options.data
  }
  // @ts-expect-error: preSavePage options carry data and errors; PreMapOptions lacks errors
  @Hook('preSavePage') preSavePageParam(options: PostSubmitOptions): PreSavePageResult {
    return { data: options.responseData }
  }
  // @ts-expect-error: abort is a boolean
  @Hook('preSavePage') preSavePageAbortCb(options: PreSavePageOptions, callback: Callback<{ data: unknown[]; abort: string }>): void {
    callback(null, { data: options.data, abort: 'yes' })
  }
  // @ts-expect-error: postMap options have preMapData/postMapData, not data
  @Hook('postMap') postMapParam(options: PreMapOptions): PostMapResult {
    return options.data.map(() => ({}))
  }
  // @ts-expect-error: postMap returns entries {data?, errors?}, not bare records
  @Hook('postMap') async postMapReturn(options: PostMapOptions): Promise<number[]> {
    return options.postMapData.map(() => 1)
  }
  // @ts-expect-error: the callback must take a PostMapResult
  @Hook('postMap') postMapReturnCb(_options: PostMapOptions, callback: Callback<string>): void {
    callback(null, 'x')
  }
  // @ts-expect-error: postSubmit options carry responseData
  @Hook('postSubmit') postSubmitParam(options: PreMapOptions): PostSubmitResult {
    return options.data as never
  }
  // @ts-expect-error: each response needs a numeric statusCode
  @Hook('postSubmit') postSubmitReturn(options: PostSubmitOptions) {
    return options.responseData.map((response) => ({ ...response, statusCode: String(response.statusCode) }))
  }
  // @ts-expect-error: the callback must take responses
  @Hook('postSubmit') postSubmitReturnCb(_options: PostSubmitOptions, callback: Callback<boolean>): void {
    callback(null, true)
  }
  // @ts-expect-error: postResponseMap options carry postResponseMapData
  @Hook('postResponseMap') postResponseMapParam(options: PostMapOptions): PostResponseMapResult {
    return options.postMapData
  }
  // @ts-expect-error: postResponseMap returns the records array
  @Hook('postResponseMap') async postResponseMapReturn(options: PostResponseMapOptions) {
    return { data: options.postResponseMapData }
  }
  // @ts-expect-error: the callback must take the records array
  @Hook('postResponseMap') postResponseMapReturnCb(_options: PostResponseMapOptions, callback: Callback<number>): void {
    callback(null, 1)
  }
  // @ts-expect-error: postAggregate options carry postAggregateData
  @Hook('postAggregate') postAggregateParam(options: PreMapOptions): void {
    console.log(options.data)
  }
  // @ts-expect-error: postAggregate returns nothing
  @Hook('postAggregate') async postAggregateReturn(_options: PostAggregateOptions) {
    return 42
  }
  // @ts-expect-error: postAggregate's callback takes no result
  @Hook('postAggregate') postAggregateReturnCb(_options: PostAggregateOptions, callback: Callback<number>): void {
    callback(null, 1)
  }
  // @ts-expect-error: a kind that does not exist in the object form
  @Hook({ kind: 'premap' }) unknownKind(options: PreMapOptions): PreMapResult {
    return options.data.map(() => ({}))
  }
  // @ts-expect-error: a wrapper kind is not a hook kind
  @Hook({ kind: 'ping' }) wrongGroup(options: PreMapOptions): PreMapResult {
    return options.data.map(() => ({}))
  }
}

/** Records default to unknown, so they must be narrowed before use. */
export function recordsAreUnknownByDefault(options: PreMapOptions, typed: PreMapOptions<Order>): string {
  // @ts-expect-error: unknown records have no known fields
  const fromDefault: string = options.data[0].sku
  return fromDefault + typed.data[0]?.sku
}
