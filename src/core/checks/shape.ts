import { Expected } from './contract-messages.js'

/** A broken rule found inside a result: where (a path such as `errors[0].code`, '' for the value itself), what was there, what should be. */
export interface Issue {
  path: string
  value: unknown
  expected: string
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function issue(path: string, value: unknown, expected: string): Issue {
  return { path, value, expected }
}

/** `errors`, when present, is a list of `{ code: string, message: string }`. */
export function checkErrors(errors: unknown, path: string): Issue | undefined {
  if (errors === undefined) return undefined
  if (!Array.isArray(errors)) return issue(path, errors, Expected.array)
  for (let i = 0; i < errors.length; i++) {
    const error: unknown = errors[i]
    if (!isObject(error)) return issue(`${path}[${i}]`, error, Expected.error)
    if (typeof error.code !== 'string') return issue(`${path}[${i}].code`, error.code, Expected.string)
    if (typeof error.message !== 'string') return issue(`${path}[${i}].message`, error.message, Expected.string)
  }
  return undefined
}

/** `object[field]`, when present, has the given `typeof`. */
export function checkOptional(object: Record<string, unknown>, field: string, type: 'boolean' | 'number' | 'string', prefix = ''): Issue | undefined {
  const value = object[field]
  return value === undefined || typeof value === type ? undefined : issue(prefix + field, value, Expected[type])
}

/** A short description of a wrong value for a message: its type, and its value when short. */
export function describe(value: unknown): string {
  if (value === undefined) return 'undefined'
  if (value === null) return 'null'
  if (Array.isArray(value)) return `an array of ${value.length}`
  switch (typeof value) {
    case 'string':
      return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value)}`
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value)
    case 'object':
      return 'an object'
    default:
      return `a ${typeof value}`
  }
}
