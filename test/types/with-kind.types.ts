import { withKind, type Callback, type ExportResult, type InstallerUpdateOptions, type PreMapOptions, type PreMapResult } from 'integrator-extension'

interface Order {
  id: number
}

// Plain-config functions: withKind checks them against the kind, in both styles.
export const hooks = {
  // Unannotated parameters are typed from the kind, in both styles.
  cleanOrders: withKind('preMap', (options) => options.data.map((record) => ({ data: record }))),
  cleanOrdersCb: withKind('preMap', (options, callback) =>
    callback(
      null,
      options.data.map(() => ({})),
    ),
  ),
  typed: withKind('preMap', async (options: PreMapOptions<Order>) => options.data.filter((o) => o.id > 0).map((data) => ({ data }))),
  typedCb: withKind('preMap', function (options: PreMapOptions, callback: Callback<PreMapResult>) {
    callback(
      null,
      options.data.map(() => ({})),
    )
  }),
}
export const wrappers = {
  listOrders: withKind('export', async (options) => ({ data: [], lastPage: options.state === undefined }) satisfies ExportResult),
  pingConnection: withKind('ping', () => ({ statusCode: 200 as const })),
}
// A kind in two groups (installer update, flat update) accepts either group's signature; its
// parameter needs an annotation, as the two signatures differ.
export const update = withKind('update', async (options: InstallerUpdateOptions) => {
  console.log(options._integrationId)
})

// @ts-expect-error: wrong return type, async style
export const badReturn = withKind('preMap', (options) => options.data.length)
// @ts-expect-error: wrong return type, callback style
export const badReturnCb = withKind('preMap', (options, callback: Callback<number>) => callback(null, options.data.length))
// @ts-expect-error: wrong parameter type, async style
export const badParam = withKind('preMap', (options: string) => [{ data: options }])
// @ts-expect-error: wrong parameter type, callback style
export const badParamCb = withKind('preMap', (options: number, callback: Callback<PreMapResult>) => callback(null, [{ data: options }]))
// @ts-expect-error: ping's statusCode is 200 or 401
export const badPing = withKind('ping', () => ({ statusCode: 500 as const }))
// @ts-expect-error: not a documented kind
export const badKind = withKind('premap', () => [])
