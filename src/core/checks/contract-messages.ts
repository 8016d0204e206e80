/**
 * The texts of `contract_violation` errors (strictContracts), in one table like
 * src/core/protocol-errors.ts. Each names the function (`preMap "cleanOrders"`), what it returned
 * and the rule it broke, and says what to return instead.
 */
export const ContractMessages = {
  notArray: (subject: string, got: string, field: string) =>
    `${subject} returned ${got}; it must return an array with one entry per record of options.${field}.`,
  wrongLength: (subject: string, got: number, expected: number, field: string) =>
    `${subject} returned ${count(got, 'record')} for ${count(expected, 'input')}; it must return one entry per record of options.${field}, in order.`,
  badRecord: (subject: string, index: number, got: string, expected: string) => `${subject} returned record ${index} as ${got}; it must be ${expected}.`,
  badRecordField: (subject: string, index: number, path: string, got: string, expected: string) =>
    `${subject} returned record ${index} with ${path} as ${got}; it must be ${expected}.`,
  badResult: (subject: string, got: string, expected: string) => `${subject} returned ${got}; it must return ${expected}.`,
  badField: (subject: string, path: string, got: string, expected: string) => `${subject} returned ${path} as ${got}; it must be ${expected}.`,
} as const

/** What a value must be: the end of a message's "it must be ...". */
export const Expected = {
  object: 'an object',
  array: 'an array',
  boolean: 'a boolean',
  string: 'a string',
  number: 'a number',
  recordResult: 'an object: {data}, {data, errors}, {errors}, or {} to ignore the record',
  record: 'an object (a record)',
  importResponse: 'an object {statusCode, id?, ignored?, errors?, ...}',
  preSavePageResult: 'an object {data: [...], errors?, abort?, newErrorsAndRetryData?}',
  pingResult: 'an object {statusCode: 200 or 401, errors?}',
  pingStatus: '200 or 401',
  pingErrors: 'at least one error saying why, when statusCode is 401',
  exportResult: 'an object {data: [...], lastPage: true or false, errors?, state?, connectionOffline?}',
  importStatus: '200, 401 or 422',
  stepResult: 'nothing or an object {success: true or false, stepsToUpdate?: [...]}',
  persistSettingsResult: 'an object {success: true or false, pending?}',
  error: 'an error {code: string, message: string}',
  errorWithErrors: 'an object {errors: [...], retryData?}',
} as const

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}
