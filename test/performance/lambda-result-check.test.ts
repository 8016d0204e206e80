import { expect } from 'chai'
import fc from 'fast-check'
import type { Context } from 'aws-lambda'
import { lambda } from 'integrator-extension'
import { CaptureLogger } from '../support/capture-logger.js'

// On Lambda the runtime serializes the result, so the host measures it instead of serializing
// it (src/core/json-length.ts). Its length must be exactly JSON.stringify's, to the character.

const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) // lone surrogates and controls included
const text = fc.oneof(
  fc.string({ unit: codeUnit, maxLength: 12 }),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('"', '\\', '\n\t\b\f\r', '\u2028', '😀', '\ud800', '\udc00x'),
)
const leaf = fc.oneof(
  text,
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constantFrom(-0, Number.NaN, Number.POSITIVE_INFINITY, 1e21, 1e-7, 5e-324, -1.7976931348623157e308, 123456789012, 0.1),
)
const { value } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(text, tie('value'), { maxKeys: 5 }),
  ),
}))

describe('Lambda: the result size check is exact without serializing', () => {
  let current: unknown
  const handler = lambda.createHandler({ diy: { hooks: { give: () => current } }, logger: new CaptureLogger() })
  const invoke = async (maxResponseSize: number) => {
    const context = { awsRequestId: 'r', clientContext: { diy: true, type: 'hook', function: 'give', maxResponseSize } } as unknown as Context
    try {
      return { ok: true as const, result: await handler({}, context) }
    } catch (error) {
      return { ok: false as const, error: JSON.parse((error as Error).message) as { errors: Array<{ code: string }> } }
    }
  }

  it('a result exactly at maxResponseSize passes; one character less is response_size_exceeded', async () => {
    await fc.assert(
      fc.asyncProperty(value, async (generated) => {
        if (generated === undefined) return
        current = generated
        const length = JSON.stringify(generated).length
        const atLimit = await invoke(length)
        expect(atLimit.ok, `at ${length}: ${JSON.stringify(atLimit)}`).to.equal(true)
        if (length > 1) {
          const under = await invoke(length - 1)
          expect(under.ok).to.equal(false)
          expect(under.ok ? undefined : under.error.errors[0]?.code).to.equal('response_size_exceeded')
        }
      }),
      { numRuns: 2000 },
    )
  })

  it('past 262,144 containers (where shared sub-objects are measured once) the length is still exact', async () => {
    await fc.assert(
      fc.asyncProperty(value, async (generated) => {
        // One object 300,000 times over: more containers than the fast walk takes.
        current = new Array(300_000).fill({ v: generated })
        const length = JSON.stringify(current).length
        expect((await invoke(length)).ok).to.equal(true)
        const under = await invoke(length - 1)
        expect(under.ok ? undefined : under.error.errors[0]?.code).to.equal('response_size_exceeded')
      }),
      { numRuns: 4 },
    )
  })

  it('ok exactly when the length is within the limit, for any limit (the upper bound of numbers is never under)', async () => {
    await fc.assert(
      fc.asyncProperty(value, fc.double({ min: 0, max: 2, noNaN: true }), fc.nat({ max: 60 }), async (generated, scale, extra) => {
        if (generated === undefined) return
        current = generated
        const length = JSON.stringify(generated).length
        const limit = Math.max(1, Math.floor(length * scale) + extra)
        const answer = await invoke(limit)
        expect(answer.ok ? undefined : answer.error.errors[0]?.code, `limit ${limit}, length ${length}`).to.equal(
          length <= limit ? undefined : 'response_size_exceeded',
        )
      }),
      { numRuns: 2000 },
    )
  })

  // A page of records as the bench sends: its numbers are counted at the longest a number
  // can be (25 characters) first, and only a page whose bound is over the limit is measured exactly.
  const records = (count: number, amount: (i: number) => number) =>
    Array.from({ length: count }, (_, i) => ({ id: `SO-${i}`, amount: amount(i), at: -i * 1e12, note: i % 7 ? 'ok' : 'a "quoted"\n line\ud800' }))
  const amounts: Array<[string, (i: number) => number]> = [
    ['cents', (i) => Math.round(i * 137.31) / 100],
    ['the longest numbers', (i) => -(1 + (i % 9)) * 1.2345678901234567e-6],
    ['tiny and huge', (i) => (i % 2 ? 5e-324 : -1.7976931348623157e308)],
  ]
  for (const [name, amount] of amounts) {
    it(`a page of ${name}: at, one under and far over its length`, async () => {
      current = { data: records(2000, amount), abort: false }
      const length = JSON.stringify(current).length
      expect((await invoke(length)).ok).to.equal(true)
      expect((await invoke(length + 2000 * 2 * 25)).ok).to.equal(true)
      const under = await invoke(length - 1)
      expect(under.ok ? undefined : under.error.errors[0]?.code).to.equal('response_size_exceeded')
    })
  }

  it('numbers as long as a number can be (25 characters): one character under their length is refused', async () => {
    const longest = Array.from({ length: 400 }, (_, i) => -(1.2345678901234567e-6 + i * 2.2e-22)).filter((n) => String(n).length === 25)
    expect(longest).to.have.length.above(300)
    current = longest
    const length = JSON.stringify(current).length
    expect((await invoke(length)).ok).to.equal(true)
    const under = await invoke(length - 1)
    expect(under.ok ? undefined : under.error.errors[0]?.code).to.equal('response_size_exceeded')
  })

  it('keys are measured right however often they repeat: escaped, long, deep, many to an object, different at one place', async () => {
    const kinds = ['k', 'a"b', 'c\\d', 'tab\t', 'é', '\ud800', '😀', '\udc00x', 'x'.repeat(70)]
    const keys = Array.from({ length: 3000 }, (_, i) => kinds[i % kinds.length] + String(i % 1500))
    const wide = Object.fromEntries(keys.map((key, i) => [key, i]))
    const alternating = Array.from({ length: 200 }, (_, i) => ({ [kinds[i % 9]]: i, [kinds[(i + 1) % 9]]: [i] }))
    let deep: unknown = 1
    for (let depth = 0; depth < 20; depth++) deep = { [kinds[depth % 9]]: deep, k: depth }
    for (const result of [wide, [wide, { ...wide }], keys.map((key) => ({ [key]: key })), alternating, [deep, [deep]]]) {
      current = result
      const length = JSON.stringify(result).length
      for (let twice = 0; twice < 2; twice++) {
        expect((await invoke(length)).ok).to.equal(true)
        const under = await invoke(length - 1)
        expect(under.ok ? undefined : under.error.errors[0]?.code).to.equal('response_size_exceeded')
      }
    }
  })

  it('a result that could not be read leaves the next one measured exactly', async () => {
    current = [
      1.5,
      Object.defineProperty({}, 'broken', {
        enumerable: true,
        get() {
          throw new Error('getter failed')
        },
      }),
    ]
    const broken = await invoke(1)
    expect(broken.ok ? undefined : broken.error.errors[0]?.code).to.equal('invalid_extension_response')
    current = [1.5, 2.25, -0.125]
    expect((await invoke(JSON.stringify(current).length)).ok).to.equal(true)
  })

  const notPlain: Array<[string, unknown]> = [
    ['numbers over the limit, then a Date', [1.5, 2.5, 3.25, new Date(0)]],
    ['an object with toJSON', { data: [], toJSON: () => ({}) }],
    ['a Date deep inside', { data: [{ a: 1 }, { when: new Date(0) }] }],
    ['a Map', { m: new Map() }],
    ['a class instance', [new (class Thing {})()]],
    ['a function value', { f: () => 1 }],
    ['undefined at the top of an array is fine, a symbol is not', [undefined, Symbol('s')]],
    ['a BigInt', { n: 10n }],
    [
      'a cycle',
      (() => {
        const o: Record<string, unknown> = {}
        o.self = o
        return o
      })(),
    ],
  ]
  for (const [name, result] of notPlain) {
    it(`${name} → invalid_extension_response, before any size check`, async () => {
      current = result
      const answer = await invoke(1)
      expect(answer.ok ? undefined : answer.error.errors[0]?.code).to.equal('invalid_extension_response')
    })
  }
})
