import type { BaseOptions, LicenseInfo, ObjectResult, OpenObject } from './common.js'

/**
 * Flat kinds: functions on the module itself, called with no `type` (protocol.md §1, §5). integrator.io
 * calls these newer kinds for integration apps' forms and lifecycle. Resources (`resource`,
 * `newResource`, ...) are integrator.io documents: integrations, flows, exports, imports.
 * Fields integrator.io sends beyond those listed reach the function unchanged.
 */

/** Fields the flat kinds share. */
export interface FlatOptions extends BaseOptions {
  /** The license of the integration app, when the call concerns one. */
  license?: LicenseInfo
}

// ---- formInit ------------------------------------------------------------------------------

/** Options of formInit: integrator.io builds a settings form for a resource. */
export interface FormInitOptions<TResource = OpenObject> extends FlatOptions {
  /** The resource whose form is built. */
  resource?: TResource
  /** The resource's parent (e.g. the integration of a flow), when it has one. */
  parentResource?: OpenObject
}

/** What formInit returns: the form to show. */
export interface FormInitResult {
  /** The form's fields by id. */
  fieldMap?: Record<string, object>
  /** How the fields are laid out. */
  layout?: object
  /** Any other part of the form definition. */
  [part: string]: unknown
}

// ---- preSave -------------------------------------------------------------------------------

/** Options of preSave: a resource is about to be saved from a form. */
export interface PreSaveOptions<TResource = OpenObject> extends FlatOptions {
  /** The resource as it will be saved. */
  newResource?: TResource
  /** The resource as it was before the change. */
  oldResource?: TResource
}

/** What preSave returns: the resource to save (usually `newResource`, changed as needed). */
export type PreSaveResult = ObjectResult

// ---- step ----------------------------------------------------------------------------------

/** Options of step: one step of an integration app's install or update. */
export interface StepOptions<TResource = OpenObject> extends FlatOptions {
  /** The resource (usually the integration) the step works on. */
  resource?: TResource
}

/** What step returns: integrator.io defines no result; return nothing or an object. */
export type StepResult = ObjectResult | void

// ---- initChild -----------------------------------------------------------------------------

/** Options of initChild: a child integration of an integration app is being created. */
export interface InitChildOptions<TResource = OpenObject> extends FlatOptions {
  /** The parent integration. */
  resource?: TResource
}

/** What initChild returns: the child integration to create. */
export type InitChildResult = ObjectResult

// ---- update (flat) -------------------------------------------------------------------------

/** Options of the flat update: an integration app is updated to a new version. Not the installer group's `update`. */
export interface FlatUpdateOptions<TResource = OpenObject> extends FlatOptions {
  /** The integration being updated. */
  resource?: TResource
}

/** The flat update returns nothing. */
export type FlatUpdateResult = void

// ---- changeEdition (flat) ------------------------------------------------------------------

/** Options of the flat changeEdition: an integration app's license edition changed. Not the settings group's. */
export interface FlatChangeEditionOptions<TResource = OpenObject> extends FlatOptions {
  /** The integration whose edition changed. */
  resource?: TResource
}

/** The flat changeEdition returns nothing. */
export type FlatChangeEditionResult = void
