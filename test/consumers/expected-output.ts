// What each consumer (cjs-consumer.cts, esm-consumer.mts) prints when the package works for it.
export const EXPECTED_OUTPUT = {
  invoked: { data: [{ id: 1, by: 'shop:token-1' }], errors: [], abort: false, newErrorsAndRetryData: [] },
  lambda: { statusCode: 200 },
  http: { statusCode: 200 },
  manifest: ['hook.preSavePageFunction', 'wrapper.pingConnection'],
}
