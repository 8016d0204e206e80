// An entry with one function per kind, each named as its kind (so strictContracts knows its
// contract) and each reading the fields integrator.io always sends for that kind: a fixture
// without them fails the call, and a result of the wrong shape fails the strict checks.
// Used in-process and as the real CLI's entry (build/test/cli/all-kinds-entry.js).
import type { ExtensionConfig, FunctionOptions } from 'integrator-extension'

// biome-ignore lint/suspicious/noExplicitAny: parsed JSON/YAML read by a test
type Options = FunctionOptions & Record<string, any>

/** The field, or a failed call naming the missing one. */
function need<T>(value: T | undefined, field: string): T {
  if (value === undefined || value === null) throw Object.assign(new Error(`the fixture has no ${field}`), { code: 'missing_field' })
  return value
}

const asArray = (value: unknown, field: string): unknown[] => {
  if (!Array.isArray(value)) throw Object.assign(new Error(`the fixture's ${field} is not an array`), { code: 'missing_field' })
  return value
}

const integration = (o: Options) => {
  need(o._integrationId, '_integrationId')
  need(o.bearerToken, 'bearerToken')
  return { success: true }
}

const resource = (o: Options) => need(o.resource, 'resource') as object

export const config: ExtensionConfig = {
  strictContracts: true,
  diy: {
    hooks: {
      preSavePage: (o: Options) => {
        const data = asArray(o.data, 'data')
        if (!(o.lastExportDateTime instanceof Date)) throw new Error('lastExportDateTime did not become a Date')
        return { data, errors: asArray(o.errors, 'errors'), abort: false, newErrorsAndRetryData: [] }
      },
      preMap: (o: Options) => asArray(o.data, 'data').map((record) => ({ data: record })),
      postMap: (o: Options) => {
        const before = asArray(o.preMapData, 'preMapData')
        return asArray(o.postMapData, 'postMapData').map((record, i) => ({ data: { ...(record as object), source: need(before[i], `preMapData[${i}]`) } }))
      },
      postSubmit: (o: Options) => {
        asArray(o.preMapData, 'preMapData')
        asArray(o.postMapData, 'postMapData')
        return asArray(o.responseData, 'responseData')
      },
      postResponseMap: (o: Options) => asArray(o.postResponseMapData, 'postResponseMapData'),
      postAggregate: (o: Options) => {
        need(need(o.postAggregateData, 'postAggregateData').success, 'postAggregateData.success')
      },
    },
    wrappers: {
      ping: (o: Options) => {
        const connection = need(o.connection, 'connection')
        need(connection.encrypted, 'connection.encrypted')
        need(connection.unencrypted, 'connection.unencrypted')
        return { statusCode: 200 }
      },
      export: (o: Options) => {
        need(o.connection, 'connection')
        return { data: [], lastPage: true, state: { since: need(o.delta, 'delta').lastExecutionTime } }
      },
      import: (o: Options) => {
        need(o.connection, 'connection')
        asArray(o.preMapData, 'preMapData')
        return asArray(o.postMapData, 'postMapData').map((_, i) => ({ statusCode: 200, id: String(i) }))
      },
    },
    installer: { connectorInstaller: integration, integrationInstaller: integration, update: integration },
    uninstaller: { preUninstall: integration, integrationUninstaller: integration, connectorUninstaller: integration },
    settings: {
      persistSettings: (o: Options) => ({ ...integration(o), pending: need(o.pending, 'pending') }),
      refreshMetadata: (o: Options) => ({ ...integration(o), fieldName: need(o.fieldName, 'fieldName') }),
      changeEdition: (o: Options) => {
        need(need(o.opts, 'opts').edition, 'opts.edition')
      },
      getMappingMetadata: (o: Options) => {
        integration(o)
        return { mappings: [] }
      },
    },
    formInit: (o: Options) => ({ fieldMap: { name: { id: 'name', defaultValue: (resource(o) as { name?: string }).name } } }),
    preSave: (o: Options) => need(o.newResource, 'newResource'),
    step: (o: Options) => {
      resource(o)
    },
    initChild: (o: Options) => ({ ...resource(o), name: 'child' }),
    update: (o: Options) => {
      resource(o)
    },
    changeEdition: (o: Options) => {
      need(need(o.license, 'license').edition, 'license.edition')
    },
  },
}
