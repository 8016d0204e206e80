import type { CallOptions } from './bootstrap-options.js'

/** The settings actually given, or undefined for none (an undefined value would override the application's own). */
export function definedOnly(options: CallOptions | undefined): CallOptions | undefined {
  if (!options) return undefined
  const given = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as CallOptions
  return Object.keys(given).length > 0 ? given : undefined
}
