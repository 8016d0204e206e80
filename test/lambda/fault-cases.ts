import path from 'node:path'
import type { ProtocolError } from 'integrator-extension'

/** test/fixtures/lambda, from build/test/lambda. */
export const lambdaFixtures = path.resolve(__dirname, '../../../test/fixtures/lambda')

/** The hooks of test/fixtures/lambda/functions.js, for in-process handlers. */
export const faultyFunctions = require(path.join(lambdaFixtures, 'functions.js')) as object

export const hook = (fn: string, extra: object = {}) => ({ diy: true, type: 'hook', function: fn, ...extra })

export interface FaultCase {
  title: string
  extensionOptions: object
  event: unknown
  /** The invocation's result, or the errors of its `{statusCode: 422, errors}` message. */
  expected: { result: unknown } | { errors: ProtocolError[] }
  /** Faults outside the call's stack: only a whole process shows them (mocha catches them in-process). */
  processOnly?: boolean
}

const notSerializable = { code: 'invalid_extension_response', message: 'Extension response is not serializable.' }
const timedOut = (fn: string) => ({ code: 'function_timeout', message: `The function ${fn} did not finish within 300 ms.` })
const MiB5 = 5242880
const unreadableMessage = 'The function failed with a value whose message cannot be read.'

/**
 * Functions that fail in every way, each with the answer integrator.io must get, for a
 * handler with `callTimeout: 300` (test/fixtures/lambda/handler.js). Ordered so that every
 * failure is followed by calls that must still succeed in the same container.
 */
export const faultCases: FaultCase[] = [
  { title: 'a value', extensionOptions: hook('echo'), event: { id: 'a' }, expected: { result: { id: 'a' } } },
  {
    title: 'a synchronous throw (its code)',
    extensionOptions: hook('syncThrow'),
    event: {},
    expected: { errors: [{ code: 'sync_code', message: 'thrown synchronously' }] },
  },
  {
    title: 'a synchronous throw without a code (its name)',
    extensionOptions: hook('syncThrowTypeError'),
    event: {},
    expected: { errors: [{ code: 'TypeError', message: 'no code, so the name is the code' }] },
  },
  { title: 'a rejection', extensionOptions: hook('rejects'), event: {}, expected: { errors: [{ code: 'RangeError', message: 'rejected' }] } },
  {
    title: 'a callback error',
    extensionOptions: hook('callbackError'),
    event: {},
    expected: { errors: [{ code: 'callback_code', message: 'called back with an error' }] },
  },
  {
    title: 'a plain {code, message} object as the callback error',
    extensionOptions: hook('callbackPlainObject'),
    event: {},
    expected: { errors: [{ code: 'plain_code', message: 'a plain {code, message} object' }] },
  },
  {
    title: 'an async callback-style function that throws',
    extensionOptions: hook('asyncCallbackStyleThrows'),
    event: {},
    expected: { errors: [{ code: 'async_cb_code', message: 'async callback-style function threw' }] },
  },
  { title: 'callback style, after a failure', extensionOptions: hook('callbackEcho'), event: { id: 'b' }, expected: { result: { id: 'b' } } },
  { title: 'a double callback: the first answer wins', extensionOptions: hook('callbackTwice'), event: {}, expected: { result: { answer: 'first' } } },
  {
    title: 'an error then a result: the error wins',
    extensionOptions: hook('errorThenResult'),
    event: {},
    expected: { errors: [{ code: 'first_code', message: 'first answer: an error' }] },
  },
  { title: 'a promise that never settles', extensionOptions: hook('neverSettles'), event: {}, expected: { errors: [timedOut('neverSettles')] } },
  { title: 'a callback never called', extensionOptions: hook('neverCallsBack'), event: {}, expected: { errors: [timedOut('neverCallsBack')] } },
  { title: 'a value, after two timeouts', extensionOptions: hook('echo'), event: { id: 'c' }, expected: { result: { id: 'c' } } },
  {
    title: 'a throw in a timer the function started',
    extensionOptions: hook('throwInTimer'),
    event: {},
    expected: { errors: [{ code: 'timer_code', message: 'thrown in a timer' }] },
    processOnly: true,
  },
  {
    title: 'an unhandled rejection in a timer the function started',
    extensionOptions: hook('rejectInTimer'),
    event: {},
    expected: { errors: [{ code: 'Error', message: 'rejected in a timer' }] },
    processOnly: true,
  },
  ...(
    [
      ['a null-prototype object', 'nullPrototype', ''],
      ['{ message: a null-prototype object }', 'nullPrototypeMessage', unreadableMessage],
      ['a Proxy that throws on every trap', 'proxy', unreadableMessage],
    ] as const
  ).map(
    ([what, name, message]): FaultCase => ({
      title: `a timer throws ${what} (String() cannot convert it): the call fails, the process lives`,
      extensionOptions: hook(`timerThrows_${name}`),
      event: {},
      expected: { errors: [{ code: 'Error', message }] },
      processOnly: true,
    }),
  ),
  {
    title: 'a thrown value whose code getter throws',
    extensionOptions: hook('throwsCodeGetter'),
    event: {},
    expected: { errors: [{ code: 'Error', message: 'its code cannot be read' }] },
  },
  {
    title: 'a thrown value whose message cannot be made a string',
    extensionOptions: hook('throwsUnconvertibleMessage'),
    event: {},
    expected: { errors: [{ code: 'odd_message', message: unreadableMessage }] },
  },
  {
    title: 'a thrown Proxy that throws on every trap',
    extensionOptions: hook('throwsProxy'),
    event: {},
    expected: { errors: [{ code: 'Error', message: unreadableMessage }] },
  },
  { title: 'a result Proxy whose get throws', extensionOptions: hook('resultProxy'), event: {}, expected: { errors: [notSerializable] } },
  { title: 'a value, after faults in timers', extensionOptions: hook('echo'), event: { id: 'd' }, expected: { result: { id: 'd' } } },
  { title: 'a cycle', extensionOptions: hook('cyclic'), event: {}, expected: { errors: [notSerializable] } },
  { title: 'a Date', extensionOptions: hook('date'), event: {}, expected: { errors: [notSerializable] } },
  { title: 'a nested Date', extensionOptions: hook('nestedDate'), event: {}, expected: { errors: [notSerializable] } },
  { title: 'a returned Error', extensionOptions: hook('returnsError'), event: {}, expected: { errors: [notSerializable] } },
  { title: 'a class instance', extensionOptions: hook('instance'), event: {}, expected: { errors: [notSerializable] } },
  { title: 'a function inside the result', extensionOptions: hook('withFunction'), event: {}, expected: { errors: [notSerializable] } },
  { title: 'a getter that throws', extensionOptions: hook('throwingGetter'), event: {}, expected: { errors: [notSerializable] } },
  {
    title: 'a result exactly at maxResponseSize',
    extensionOptions: hook('sized', { maxResponseSize: 100 }),
    event: { n: 98 },
    expected: { result: 'x'.repeat(98) },
  },
  {
    title: 'a result one character over maxResponseSize',
    extensionOptions: hook('sized', { maxResponseSize: 100 }),
    event: { n: 99 },
    expected: { errors: [{ code: 'response_size_exceeded', message: 'response stream exceeded limit of 100 bytes.' }] },
  },
  {
    title: 'a result exactly at the default 5 MiB',
    extensionOptions: hook('sized'),
    event: { n: MiB5 - 2 },
    expected: { result: 'x'.repeat(MiB5 - 2) },
  },
  {
    title: 'a result over the default 5 MiB',
    extensionOptions: hook('sized'),
    event: { n: MiB5 - 1 },
    expected: { errors: [{ code: 'response_size_exceeded', message: 'response stream exceeded limit of 5242880 bytes.' }] },
  },
  {
    title: 'a result reusing sub-objects through 30 levels (2^30 leaves): response_size_exceeded at once',
    extensionOptions: hook('sharedLevels'),
    event: {},
    expected: { errors: [{ code: 'response_size_exceeded', message: 'response stream exceeded limit of 5242880 bytes.' }] },
  },
  {
    title: 'the same with a Date after it: not serializable (checked before the size)',
    extensionOptions: hook('sharedLevels'),
    event: { dateAfter: true },
    expected: { errors: [notSerializable] },
  },
  { title: 'a value, last: nothing was poisoned', extensionOptions: hook('echo'), event: { id: 'e' }, expected: { result: { id: 'e' } } },
]

/** The `errorMessage` integrator.io parses, for a failed invocation. */
export const failureMessage = (errors: ProtocolError[]) => JSON.stringify({ statusCode: 422, errors })
