/** The most of an untrusted value (a URL, a traceid header, a function name) that is logged or echoed back. */
export const CLIP_LENGTH = 1024

/**
 * `value` cut to `max` characters, with a visible `…(+N bytes)` naming what was left out (UTF-8
 * bytes): a 15 KB path or header cannot make every line it reaches 15 KB. Shorter values are
 * returned as they are, so the protocol's strings are unchanged.
 */
export function clip(value: string, max = CLIP_LENGTH): string {
  if (value.length <= max) return value
  // Never cut a surrogate pair in two.
  const end = value.charCodeAt(max - 1) >= 0xd800 && value.charCodeAt(max - 1) <= 0xdbff ? max - 1 : max
  const kept = value.slice(0, end)
  return `${kept}…(+${Buffer.byteLength(value) - Buffer.byteLength(kept)} bytes)`
}

export function clipOptional(value: string | undefined): string | undefined {
  return value === undefined ? undefined : clip(value)
}
