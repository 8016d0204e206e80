const DATE_FIELDS = ['lastExportDateTime', 'currentExportDateTime'] as const

/**
 * protocol.md §2: when truthy, these reach the function as `new Date(value)` (ISO strings and
 * epoch-millisecond numbers alike, as the original converts any truthy value); `0`, `''` and
 * `null` stay as they are.
 */
export function convertDates(options: Record<string, unknown>): void {
  for (const field of DATE_FIELDS) {
    const value = options[field]
    if (value) options[field] = new Date(value as string | number)
  }
}
