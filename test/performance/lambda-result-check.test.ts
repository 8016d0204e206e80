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

  const notPlain: Array<[string, unknown]> = [
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
