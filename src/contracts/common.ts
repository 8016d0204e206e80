/**
 * Building blocks shared by the contract types of every group (protocol.md §2 and §5).
 * Records are generic everywhere (`TRecord = unknown`): integrator.io sends whatever the
 * source system produced, so only the user knows their shape.
 */

/** An error as integrator.io shows it on a job. */
export interface IntegratorError {
  /** A short machine-readable code, e.g. `'invalid_sku'`. */
  code: string
  /** The text a user reads in the job's error list. */
  message: string
  /** Where the error arose (e.g. the application's name). Optional. */
  source?: string
}

/** An object whose fields are integrator.io's or the user's own: read it with narrowing. */
export type OpenObject = Record<string, unknown>

/**
 * A result that must be an object: an object literal, or a value of any object type (your own
 * interfaces included), but not a promise. A bare `object` would let an `async` function return
 * `Promise<number>` unnoticed; the `OpenObject` member keeps object literals free of excess-property errors.
 */
export type ObjectResult = OpenObject | (object & { then?: undefined })

/**
 * Fields most calls carry, whatever the kind (protocol.md §2). Each kind's options extend this.
 * A field is present when integrator.io has it for the call: e.g. `_exportId` on export hooks and
 * export wrappers, `_importId` on import hooks and import wrappers, `_connectorId` only for connectors.
 */
export interface BaseOptions {
  /** A one-time bearer token for integrator.io's API, valid for this call. Sent on almost every call. */
  bearerToken?: string
  /** The integration the call belongs to. Present on flow calls and on installer, uninstaller and settings calls. */
  _integrationId?: string
  /** The flow being run. Present on hooks and wrappers called during a flow run. */
  _flowId?: string
  /** The export the function is defined on (export hooks, export and ping wrappers of an export). */
  _exportId?: string
  /** The import the function is defined on (import hooks, import and ping wrappers of an import). */
  _importId?: string
  /** The connection used by the export or import. */
  _connectionId?: string
  /** The connector, for connector (not DIY) integrations. */
  _connectorId?: string
  /** The integration's settings: everything stored under the integration's settings (connectors). */
  settings?: IntegrationSettings
  /** The `configuration` saved with this function on the resource: free JSON to tune the function. */
  configuration?: unknown
}

/** An integration's settings as stored by integrator.io: the connector decides their shape. */
export type IntegrationSettings = OpenObject

/** Connector license details (`opts` on installer, uninstaller and settings calls; `license` on flat calls). */
export type LicenseInfo = OpenObject

/** The options of installer, uninstaller and settings calls: an integration and its license. */
export interface IntegrationOptions extends BaseOptions {
  /** The integration being installed, updated, uninstalled or configured. Always present. */
  _integrationId: string
  /** The connector license's details (edition, expiry, ...), as integrator.io stores them. */
  opts?: LicenseInfo
}

/** One install step of an integration document, as integrator.io stores it (other fields pass through). */
export interface InstallStep {
  /** The step's name as shown in the install wizard. */
  name?: string
  /** Whether the step is done. */
  completed?: boolean
  /** The installer function integrator.io calls for this step. */
  installerFunction?: string
  /** The uninstaller function integrator.io calls for this step. */
  uninstallerFunction?: string
  /** Any other field of the step, kept as integrator.io stored it. */
  [field: string]: unknown
}

/**
 * The answer of installer and uninstaller steps: did the step succeed, and which install steps of
 * the integration document to update. Functions that have nothing to report return nothing.
 */
export interface InstallerStepResult {
  /** Whether the step succeeded. */
  success: boolean
  /** Install steps of the integration document to update (e.g. to mark them completed). */
  stepsToUpdate?: InstallStep[]
}
