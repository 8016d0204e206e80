const DATE_FIELDS = ['lastExportDateTime', 'currentExportDateTime'] as const

/** protocol.md §2: these arrive as strings and reach the function as `Date`s. */
export function convertDates(options: Record<string, unknown>): void {
  for (const field of DATE_FIELDS) {
    const value = options[field]
    if (typeof value === 'string') options[field] = new Date(value)
  }
}
