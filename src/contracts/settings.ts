import type { IntegrationOptions, ObjectResult, OpenObject } from './common.js'

/**
 * Settings functions (request `type: 'setting'`, module group `settings`; connectors only):
 * save and refresh an installed integration's settings, react to license changes.
 */

// ---- persistSettings -----------------------------------------------------------------------

/** Options of persistSettings: the settings a user changed in the UI, to validate and save. */
export interface PersistSettingsOptions<TPending = OpenObject> extends IntegrationOptions {
  /** The changed settings as key-value pairs, one per field of the settings form. Always present. */
  pending: TPending
}

/** What persistSettings returns: whether the settings were saved, and the values as saved. */
export interface PersistSettingsResult<TPending = OpenObject> {
  /** Whether the settings were saved. */
  success: boolean
  /** The settings as saved (e.g. normalised values). */
  pending?: TPending
}

// ---- refreshMetadata -----------------------------------------------------------------------

/**
 * Options of refreshMetadata: called when a user refreshes a settings field's metadata
 * (e.g. the list of a select's options). Carries the field and its new metadata besides `opts`.
 */
export interface RefreshMetadataOptions extends IntegrationOptions {
  /** The field whose metadata is refreshed, and its new metadata, as integrator.io sends them. */
  [field: string]: unknown
}

/** What refreshMetadata returns: the field's information, with any changes to the new metadata. */
export type RefreshMetadataResult = ObjectResult

// ---- changeEdition (settings) --------------------------------------------------------------

/**
 * Options of the settings group's changeEdition: the connector license changed (e.g. an upgrade),
 * so license-specific features must change. `opts` carries the new license. Not the flat
 * `changeEdition` (see `FlatChangeEditionOptions`).
 */
export type SettingsChangeEditionOptions = IntegrationOptions

/** The settings changeEdition returns nothing. */
export type SettingsChangeEditionResult = void

// ---- getMappingMetadata --------------------------------------------------------------------

/** Options of getMappingMetadata: integrator.io asks the connector about its imports' mappings. */
export type GetMappingMetadataOptions = IntegrationOptions

/**
 * What getMappingMetadata returns: an object describing the connector's mappings (e.g. which fields are
 * required or locked), in the shape the connector's mapping UI expects.
 */
export type GetMappingMetadataResult = ObjectResult
