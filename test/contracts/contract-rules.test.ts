import { FUNCTION_KIND } from 'integrator-extension'
import { dispatch, expectOk, expectViolation, moduleWith } from './dispatch.js'

/** One kind's rules: results that pass and results that break a rule, with the exact message. */
interface RuleCase {
  type: string | undefined
  kind: string
  options: object
  valid: unknown[]
  violating: Array<[result: unknown, message: string]>
}

const error = { code: 'bad_sku', message: 'SKU not found' }
const connection = { encrypted: { apiKey: 'k' }, unencrypted: { host: 'h' } }
const integration = { _integrationId: 'i1', opts: { edition: 'premium' } }
const S = (kind: string) => `${kind} "fnUnderTest"`
const STEP = 'nothing or an object {success: true or false, stepsToUpdate?: [...]}'
const RECORD_RESULT = 'an object: {data}, {data, errors}, {errors}, or {} to ignore the record'

const stepCases = (type: string, kinds: string[]): RuleCase[] =>
  kinds.map((kind) => ({
    type,
    kind,
    options: integration,
    valid: [undefined, null, { success: true }, { success: false, stepsToUpdate: [{ name: 'Install bundle', completed: true }] }],
    violating: [
      [{ stepsToUpdate: [] }, `${S(kind)} returned success as undefined; it must be a boolean.`],
      [{ success: true, stepsToUpdate: {} }, `${S(kind)} returned stepsToUpdate as an object; it must be an array.`],
      ['done', `${S(kind)} returned the string "done"; it must return ${STEP}.`],
    ],
  }))

const objectCase = (type: string | undefined, kind: string, valid: object, bad: unknown, got: string): RuleCase => ({
  type,
  kind,
  options: integration,
  valid: [valid],
  violating: [[bad, `${S(kind)} returned ${got}; it must return an object.`]],
})

const cases: RuleCase[] = [
  {
    type: 'hook',
    kind: 'preSavePage',
    options: { data: [1, 2], errors: [] },
    valid: [{ data: [1] }, { data: [], errors: [error], abort: true, newErrorsAndRetryData: [{ retryData: { id: 1 }, errors: [error] }] }],
    violating: [
      [[1, 2], `${S('preSavePage')} returned an array of 2; it must return an object {data: [...], errors?, abort?, newErrorsAndRetryData?}.`],
      [{ errors: [] }, `${S('preSavePage')} returned data as undefined; it must be an array.`],
      [{ data: [], errors: [{ message: 'm' }] }, `${S('preSavePage')} returned errors[0].code as undefined; it must be a string.`],
      [{ data: [], abort: 'yes' }, `${S('preSavePage')} returned abort as the string "yes"; it must be a boolean.`],
      [
        { data: [], newErrorsAndRetryData: [{ retryData: {} }] },
        `${S('preSavePage')} returned newErrorsAndRetryData[0].errors as undefined; it must be an array.`,
      ],
    ],
  },
  {
    type: 'hook',
    kind: 'preMap',
    options: { data: [{ id: 1 }, { id: 2 }, { id: 3 }] },
    valid: [
      [{ data: { id: 1 } }, { data: { id: 2 }, errors: [error] }, {}],
      [{ errors: [error] }, {}, {}],
    ],
    violating: [
      [{ data: [] }, `${S('preMap')} returned an object; it must return an array with one entry per record of options.data.`],
      [[{}, {}], `${S('preMap')} returned 2 records for 3 inputs; it must return one entry per record of options.data, in order.`],
      [[{}, null, {}], `${S('preMap')} returned record 1 as null; it must be ${RECORD_RESULT}.`],
      [[{}, {}, { errors: [{ code: 'c' }] }], `${S('preMap')} returned record 2 with errors[0].message as undefined; it must be a string.`],
      [[{}, {}, { errors: 'bad' }], `${S('preMap')} returned record 2 with errors as the string "bad"; it must be an array.`],
    ],
  },
  {
    type: 'hook',
    kind: 'postMap',
    options: { preMapData: [1, 2], postMapData: [1, 2] },
    valid: [[{ data: 1 }, {}]],
    violating: [
      [[{}], `${S('postMap')} returned 1 record for 2 inputs; it must return one entry per record of options.postMapData, in order.`],
      [[{}, 'x'], `${S('postMap')} returned record 1 as the string "x"; it must be ${RECORD_RESULT}.`],
    ],
  },
  {
    type: 'hook',
    kind: 'postSubmit',
    options: {
      preMapData: [1, 2],
      postMapData: [1, 2],
      responseData: [
        { statusCode: 200, id: '1' },
        { statusCode: 422, errors: [error] },
      ],
    },
    valid: [
      [
        { statusCode: 200, id: '1', _json: {} },
        { statusCode: 422, errors: [error], ignored: false },
      ],
    ],
    violating: [
      [[{ statusCode: 200 }], `${S('postSubmit')} returned 1 record for 2 inputs; it must return one entry per record of options.responseData, in order.`],
      [[{ statusCode: 200 }, { id: '2' }], `${S('postSubmit')} returned record 1 with statusCode as undefined; it must be a number.`],
      [
        [{ statusCode: 200 }, { statusCode: 200, ignored: 'no' }],
        `${S('postSubmit')} returned record 1 with ignored as the string "no"; it must be a boolean.`,
      ],
    ],
  },
  {
    type: 'hook',
    kind: 'postResponseMap',
    options: { postResponseMapData: [{ a: 1 }, { a: 2 }], responseData: [{ statusCode: 200 }, { statusCode: 200 }] },
    valid: [[{ a: 1, id: 'x' }, { a: 2 }]],
    violating: [
      [[{ a: 1 }], `${S('postResponseMap')} returned 1 record for 2 inputs; it must return one entry per record of options.postResponseMapData, in order.`],
      [[{ a: 1 }, [1]], `${S('postResponseMap')} returned record 1 as an array of 1; it must be an object (a record).`],
    ],
  },
  {
    type: 'wrapper',
    kind: 'ping',
    options: { connection },
    valid: [{ statusCode: 200 }, { statusCode: 401, errors: [{ code: 'unauthorized', message: 'Bad API key' }] }],
    violating: [
      [{ statusCode: 500 }, `${S('ping')} returned statusCode as 500; it must be 200 or 401.`],
      [{ statusCode: '200' }, `${S('ping')} returned statusCode as the string "200"; it must be 200 or 401.`],
      [{ statusCode: 401 }, `${S('ping')} returned errors as undefined; it must be at least one error saying why, when statusCode is 401.`],
      [{ statusCode: 401, errors: [] }, `${S('ping')} returned errors as an array of 0; it must be at least one error saying why, when statusCode is 401.`],
      [{ statusCode: 200, errors: [{}] }, `${S('ping')} returned errors[0].code as undefined; it must be a string.`],
      [true, `${S('ping')} returned true; it must return an object {statusCode: 200 or 401, errors?}.`],
    ],
  },
  {
    type: 'wrapper',
    kind: 'export',
    options: { connection, type: 'delta', delta: { dateField: 'updated', lastExecutionTime: 0 } },
    valid: [
      { data: [], lastPage: true },
      { data: [1], lastPage: false, state: { cursor: 'x' }, errors: [], connectionOffline: false },
    ],
    violating: [
      [{ lastPage: true }, `${S('export')} returned data as undefined; it must be an array.`],
      [{ data: [1] }, `${S('export')} returned lastPage as undefined; it must be a boolean.`],
      [{ data: {}, lastPage: true }, `${S('export')} returned data as an object; it must be an array.`],
      [{ data: [], lastPage: 'true' }, `${S('export')} returned lastPage as the string "true"; it must be a boolean.`],
      [{ data: [], lastPage: true, connectionOffline: 1 }, `${S('export')} returned connectionOffline as 1; it must be a boolean.`],
      [[1], `${S('export')} returned an array of 1; it must return an object {data: [...], lastPage: true or false, errors?, state?, connectionOffline?}.`],
    ],
  },
  {
    type: 'wrapper',
    kind: 'import',
    options: { connection, preMapData: [1, 2], postMapData: [1, 2] },
    valid: [
      [
        { statusCode: 200, id: 'a' },
        { statusCode: 422, errors: [error] },
      ],
      [
        { statusCode: 401, errors: [error] },
        { statusCode: 200, ignored: true },
      ],
    ],
    violating: [
      [[{ statusCode: 200 }], `${S('import')} returned 1 record for 2 inputs; it must return one entry per record of options.postMapData, in order.`],
      [[{ statusCode: 200 }, { statusCode: 201 }], `${S('import')} returned record 1 with statusCode as 201; it must be 200, 401 or 422.`],
      [[{ statusCode: 200 }, { statusCode: 200, errors: {} }], `${S('import')} returned record 1 with errors as an object; it must be an array.`],
      [{ statusCode: 200 }, `${S('import')} returned an object; it must return an array with one entry per record of options.postMapData.`],
    ],
  },
  ...stepCases('installer', ['connectorInstaller', 'integrationInstaller', 'update']),
  ...stepCases('uninstaller', ['preUninstall', 'integrationUninstaller', 'connectorUninstaller']),
  {
    type: 'setting',
    kind: 'persistSettings',
    options: { ...integration, pending: { currency: 'EUR' } },
    valid: [{ success: true }, { success: false, pending: { currency: 'EUR' } }],
    violating: [
      [{ pending: {} }, `${S('persistSettings')} returned success as undefined; it must be a boolean.`],
      [{ success: true, pending: 'x' }, `${S('persistSettings')} returned pending as the string "x"; it must be an object.`],
      [undefined, `${S('persistSettings')} returned undefined; it must return an object {success: true or false, pending?}.`],
    ],
  },
  objectCase('setting', 'refreshMetadata', { fieldId: 'currency', options: [] }, [], 'an array of 0'),
  objectCase('setting', 'getMappingMetadata', { requiredMappings: [] }, 'x', 'the string "x"'),
  objectCase(undefined, 'formInit', { fieldMap: {}, layout: { fields: [] } }, undefined, 'undefined'),
  objectCase(undefined, 'preSave', { name: 'Orders export' }, null, 'null'),
  objectCase(undefined, 'initChild', { name: 'Child integration' }, 5, '5'),
]

/** Kinds for which integrator.io documents no result: anything goes. */
const unchecked: Array<[string | undefined, string]> = [
  ['hook', 'postAggregate'],
  ['setting', 'changeEdition'],
  [undefined, 'step'],
  [undefined, 'update'],
  [undefined, 'changeEdition'],
]

function marked(kind: string, result: unknown): Function {
  // As the scanner marks decorated methods: the kind under FUNCTION_KIND.
  return Object.assign(() => result, { [FUNCTION_KIND]: kind })
}

describe('strictContracts: each kind’s rules through the real Dispatcher', () => {
  for (const c of cases) {
    describe(`${c.type ?? 'flat'} ${c.kind}`, () => {
      c.valid.forEach((result, i) => {
        it(`accepts valid result #${i + 1}`, async () => {
          const outcome = await dispatch(moduleWith(c.type, 'fnUnderTest', marked(c.kind, result)), {
            type: c.type,
            function: 'fnUnderTest',
            options: c.options,
          })
          expectOk(outcome, result)
        })
      })
      for (const [result, message] of c.violating) {
        it(`rejects: ${message.slice(message.indexOf('returned'))}`, async () => {
          const outcome = await dispatch(moduleWith(c.type, 'fnUnderTest', marked(c.kind, result)), {
            type: c.type,
            function: 'fnUnderTest',
            options: c.options,
          })
          expectViolation(outcome, message)
        })
      }
    })
  }

  for (const [type, kind] of unchecked) {
    it(`${type ?? 'flat'} ${kind}: no documented result, so any result passes`, async () => {
      for (const result of [undefined, 'anything', { x: 1 }, [1]]) {
        const outcome = await dispatch(moduleWith(type, 'fnUnderTest', marked(kind, result)), { type, function: 'fnUnderTest', options: integration })
        expectOk(outcome, result)
      }
    })
  }
})
