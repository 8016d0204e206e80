import { expect } from 'chai'
import { FUNCTION_KIND, withKind, type Callback, type PreMapOptions, type PreMapResult } from 'integrator-extension'
import { dispatch, expectOk, expectViolation } from './dispatch.js'

const tenRecords = { data: Array.from({ length: 10 }, (_, id) => ({ id })) }
// A fresh function each time: withKind marks the function it is given.
const nineForTen =
  () =>
  (options: PreMapOptions): PreMapResult =>
    options.data.slice(1).map((record) => ({ data: record }))
const NINE_FOR_TEN = 'returned 9 records for 10 inputs; it must return one entry per record of options.data, in order.'

describe('strictContracts: which kind a function has', () => {
  it('withKind names the kind of a function with a name of its own (the issue’s example)', async () => {
    const outcome = await dispatch({ hooks: { cleanOrders: withKind('preMap', nineForTen()) } }, { type: 'hook', function: 'cleanOrders', options: tenRecords })
    expectViolation(outcome, `preMap "cleanOrders" ${NINE_FOR_TEN}`)
  })

  it('a kind set under FUNCTION_KIND (as the decorator scanner does) is used', async () => {
    const fn = Object.assign((o: PreMapOptions) => nineForTen()(o), { [FUNCTION_KIND]: 'preMap' })
    const outcome = await dispatch({ hooks: { cleanOrders: fn } }, { type: 'hook', function: 'cleanOrders', options: tenRecords })
    expectViolation(outcome, `preMap "cleanOrders" ${NINE_FOR_TEN}`)
  })

  it('without a mark, a name that is a kind of its group is that kind (hooks.preMap)', async () => {
    const outcome = await dispatch({ hooks: { preMap: nineForTen() } }, { type: 'hook', function: 'preMap', options: tenRecords })
    expectViolation(outcome, `preMap "preMap" ${NINE_FOR_TEN}`)
  })

  it('the original README’s stub names count too (hooks.preMapFunction)', async () => {
    const outcome = await dispatch({ hooks: { preMapFunction: nineForTen() } }, { type: 'hook', function: 'preMapFunction', options: tenRecords })
    expectViolation(outcome, `preMap "preMapFunction" ${NINE_FOR_TEN}`)
  })

  it('flat kinds are inferred on the module itself (formInit)', async () => {
    const outcome = await dispatch({ formInit: () => undefined }, { function: 'formInit', options: {} })
    expectViolation(outcome, 'formInit "formInit" returned undefined; it must return an object.')
  })

  it('a name without a mark that is no kind of its group is not checked', async () => {
    const checks: Array<[object, string | undefined, string]> = [
      [{ hooks: { cleanOrders: nineForTen() } }, 'hook', 'cleanOrders'],
      [{ utilities: { preMap: nineForTen() } }, 'utility', 'preMap'], // utilities have no contract
      [{ hooks: { ping: nineForTen() } }, 'hook', 'ping'], // ping is a wrapper kind, not a hook kind
      [{ custom: { preMap: nineForTen() } }, 'custom', 'preMap'],
      [{ flat: { preMap: nineForTen() } }, 'flat', 'preMap'], // a group property named "flat" is not the flat module
    ]
    for (const [module, type, name] of checks) {
      const outcome = await dispatch(module, { type, function: name, options: tenRecords })
      expect(outcome.ok, `${type}.${name}`).to.equal(true)
    }
  })

  it('a mark wins over the name (hooks.preMap marked postMap is checked as postMap)', async () => {
    const fn = withKind('postMap', () => [{}])
    const outcome = await dispatch({ hooks: { preMap: fn } }, { type: 'hook', function: 'preMap', options: { preMapData: [1, 2], postMapData: [1, 2] } })
    expectViolation(outcome, 'postMap "preMap" returned 1 record for 2 inputs; it must return one entry per record of options.postMapData, in order.')
  })

  it('a mark outside its group still applies when only one group has that kind', async () => {
    const outcome = await dispatch({ wrappers: { myPing: withKind('ping', () => ({ statusCode: 500 as 200 })) } }, { type: 'wrapper', function: 'myPing' })
    expectViolation(outcome, 'ping "myPing" returned statusCode as 500; it must be 200 or 401.')
    const elsewhere = await dispatch({ utilities: { myPing: withKind('ping', () => ({ statusCode: 500 as 200 })) } }, { type: 'utility', function: 'myPing' })
    expectViolation(elsewhere, 'ping "myPing" returned statusCode as 500; it must be 200 or 401.')
  })

  it('a kind in two groups (update) follows the request type: installer update is checked, flat update is not', async () => {
    const update = withKind('update', (() => 'done') as () => void)
    const installer = await dispatch({ installer: { update } }, { type: 'installer', function: 'update', options: { _integrationId: 'i' } })
    expectViolation(
      installer,
      'update "update" returned the string "done"; it must return nothing or an object {success: true or false, stepsToUpdate?: [...]}.',
    )
    expectOk(await dispatch({ update }, { function: 'update', options: {} }), 'done')
  })

  it('callback-style functions are checked on what they call back with', async () => {
    const fn = withKind('preMap', (options: PreMapOptions, callback: Callback<PreMapResult>) => setImmediate(() => callback(null, nineForTen()(options))))
    const outcome = await dispatch({ hooks: { cleanOrders: fn } }, { type: 'hook', function: 'cleanOrders', options: tenRecords })
    expectViolation(outcome, `preMap "cleanOrders" ${NINE_FOR_TEN}`)
  })
})

describe('strictContracts: what is checked against what', () => {
  it('input lengths are read before the call: reassigning options.data does not hide a dropped record', async () => {
    const dropsOne = (options: PreMapOptions<{ id: number }>) => {
      options.data = options.data.filter((record) => record.id !== 0)
      return options.data.map((record) => ({ data: record }))
    }
    const outcome = await dispatch({ hooks: { preMap: dropsOne } }, { type: 'hook', function: 'preMap', options: tenRecords })
    expectViolation(outcome, `preMap "preMap" ${NINE_FOR_TEN}`)
  })

  it('without the input array there is no length to match, but entries are still checked', async () => {
    expectOk(await dispatch({ hooks: { preMap: () => [{}] } }, { type: 'hook', function: 'preMap', options: {} }), [{}])
    const outcome = await dispatch({ hooks: { preMap: () => [7] } }, { type: 'hook', function: 'preMap', options: {} })
    expectViolation(outcome, 'preMap "preMap" returned record 0 as 7; it must be an object: {data}, {data, errors}, {errors}, or {} to ignore the record.')
  })

  it('the first broken record is named, by index', async () => {
    const result = [{}, {}, {}, { errors: [{ code: 'c', message: 'm' }, { code: 'c' }] }, null]
    const outcome = await dispatch({ hooks: { preMap: () => result } }, { type: 'hook', function: 'preMap', options: { data: [1, 2, 3, 4, 5] } })
    expectViolation(outcome, 'preMap "preMap" returned record 3 with errors[1].message as undefined; it must be a string.')
  })

  it('a failing function reports its own error, not a contract violation', async () => {
    const outcome = await dispatch(
      { hooks: { preMap: () => Promise.reject(Object.assign(new Error('API down'), { code: 'api_down' })) } },
      {
        type: 'hook',
        function: 'preMap',
        options: tenRecords,
      },
    )
    expect(outcome).to.deep.equal({ ok: false, statusCode: 422, errors: [{ code: 'api_down', message: 'API down' }] })
  })

  it('checks come before serialization: a result keeping the contract can still be unserializable', async () => {
    const dated = await dispatch({ hooks: { preMap: () => [{ data: new Date(0) }] } }, { type: 'hook', function: 'preMap', options: { data: [1] } })
    expect(dated).to.deep.equal({
      ok: false,
      statusCode: 422,
      errors: [{ code: 'invalid_extension_response', message: 'Extension response is not serializable.' }],
    })
    const both = await dispatch({ hooks: { preMap: () => [{ data: new Date(0) }, {}] } }, { type: 'hook', function: 'preMap', options: { data: [1] } })
    expectViolation(both, 'preMap "preMap" returned 2 records for 1 input; it must return one entry per record of options.data, in order.')
  })

  it('a result the checks cannot read (a throwing getter) gets the same outcome as with strictContracts off', async () => {
    const unreadable = () => [
      {
        get errors(): never {
          throw new Error('getter failed')
        },
      },
    ]
    const settle = (strict: boolean) =>
      dispatch({ hooks: { preMap: unreadable } }, { type: 'hook', function: 'preMap', options: { data: [1] } }, { strictContracts: strict }).then(
        (outcome) => ({ outcome }),
        (error: Error) => ({ rejected: error.message }),
      )
    expect(await settle(true)).to.deep.equal(await settle(false))
  })
})

describe('withKind', () => {
  it('returns the function itself, with the mark non-enumerable', () => {
    const fn = (options: PreMapOptions) => options.data.map(() => ({}))
    expect(withKind('preMap', fn)).to.equal(fn)
    expect((fn as unknown as Record<symbol, unknown>)[FUNCTION_KIND]).to.equal('preMap')
    expect(Object.keys(fn)).to.deep.equal([])
    expect(Object.getOwnPropertyDescriptor(fn, FUNCTION_KIND)?.enumerable).to.equal(false)
  })

  it('rejects an undocumented kind or a non-function with a clear TypeError (for JavaScript callers)', () => {
    const untyped = withKind as unknown as (kind: unknown, fn: unknown) => unknown
    expect(() => untyped('premap', () => [])).to.throw(TypeError, 'withKind: "premap" is not a documented function kind. Use one of: preSavePage, preMap,')
    expect(() => untyped('preMap', 'cleanOrders')).to.throw(TypeError, "withKind('preMap', fn): fn must be a function, got string.")
  })
})
