import type { Callback } from 'integrator-extension'

interface Page {
  data?: Array<Record<string, unknown>>
  errors?: unknown[]
}

/**
 * A plain DIY module, written the way the original package's users write theirs:
 * groups of functions, in either style.
 */
export const functions = {
  hooks: {
    /** Async style: stamps every record of the page. */
    async preSavePageFunction(options: Page) {
      const data = (options.data ?? []).map((record) => ({ ...record, processedBy: 'integrator-extension' }))
      return { data, errors: options.errors ?? [], abort: false, newErrorsAndRetryData: [] }
    },
    /** Callback style, as the original required. */
    preMapFunction(options: { data?: unknown[] }, callback: Callback) {
      callback(
        null,
        (options.data ?? []).map((record) => ({ data: record })),
      )
    },
  },
  wrappers: {
    pingFunction: async () => ({ statusCode: 200 }),
  },
}
