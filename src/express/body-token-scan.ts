/**
 * Finds the top-level `access_token` of a JSON body as its bytes arrive, without parsing it
 * (protocol.md §3: a call without `Authorization: Bearer` carries its token in the body, else
 * the query). A body without a valid token is refused unparsed, so a client without the token
 * cannot make the host build a 50 MB object; the scan itself is spread over the body's chunks.
 *
 * For valid JSON it finds what `JSON.parse(body).access_token` holds when that is a string (the
 * last duplicate wins, as with JSON.parse); for invalid JSON the parse fails later anyway.
 */
export class BodyTokenScan {
  private depth = 0
  private started = false
  private stopped = false
  private inString = false
  private escaped = false
  private expectKey = false
  private awaitingValue = false
  private keyIsToken = false
  private capture: number[] | undefined
  private captureKind: 'key' | 'value' | undefined
  private found: string | undefined

  write(chunk: Buffer): void {
    if (this.stopped) return
    const length = chunk.length
    for (let i = 0; i < length; i++) {
      const byte = chunk[i]
      if (this.inString) {
        if (this.capture !== undefined && this.capture.length <= MAX_CAPTURE) this.capture.push(byte)
        if (this.escaped) this.escaped = false
        else if (byte === BACKSLASH) this.escaped = true
        else if (byte === QUOTE) this.endString()
        else if (this.capture === undefined) {
          // Nothing is captured from this string: skip to its next quote or backslash in a tight loop.
          let next = chunk[i + 1]
          while (i + 1 < length && next !== QUOTE && next !== BACKSLASH) next = chunk[++i + 1]
        }
        continue
      }
      if (byte === SPACE || byte === TAB || byte === LF || byte === CR) continue
      if (!this.started) {
        if (byte === 0xef || byte === 0xbb || byte === 0xbf) continue // a UTF-8 BOM, dropped as body-parser does
        if (byte !== OPEN_BRACE) return void (this.stopped = true) // not an object: no token in the body
        this.started = true
        this.depth = 1
        this.expectKey = true
        continue
      }
      if (this.depth === 0) return void (this.stopped = true) // past the object's end
      if (byte === QUOTE) {
        this.inString = true
        if (this.depth === 1 && this.expectKey) this.startCapture('key')
        else if (this.depth === 1 && this.awaitingValue) {
          this.awaitingValue = false
          if (this.keyIsToken) this.startCapture('value')
        }
        continue
      }
      if (this.depth === 1 && this.awaitingValue) this.nonStringValue()
      if (byte === OPEN_BRACE || byte === OPEN_BRACKET) this.depth++
      else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) this.depth--
      else if (this.depth === 1 && byte === COMMA) this.expectKey = true
      else if (this.depth === 1 && byte === COLON) this.awaitingValue = true
    }
  }

  /** The body's own string `access_token`, if it has one. */
  get token(): string | undefined {
    return this.found
  }

  private startCapture(kind: 'key' | 'value'): void {
    this.capture = []
    this.captureKind = kind
  }

  private endString(): void {
    this.inString = false
    const capture = this.capture
    const kind = this.captureKind
    this.capture = undefined
    this.captureKind = undefined
    if (capture === undefined) return
    // The closing quote was pushed too: `capture` is the string's raw bytes plus `"`.
    const raw = capture.length > MAX_CAPTURE ? undefined : decode(capture)
    if (kind === 'key') {
      this.expectKey = false
      this.keyIsToken = raw === 'access_token'
    } else {
      // A token too long to be any configured one still wins over the query, as JSON.parse's would: it is refused.
      this.found = raw ?? '\u0000too-long'
    }
  }

  /** A number, literal, object or array as a top-level value. */
  private nonStringValue(): void {
    this.awaitingValue = false
    if (this.keyIsToken) this.found = undefined
  }
}

const MAX_CAPTURE = 64 * 1024
const QUOTE = 0x22
const BACKSLASH = 0x5c
const SPACE = 0x20
const TAB = 0x09
const LF = 0x0a
const CR = 0x0d
const OPEN_BRACE = 0x7b
const CLOSE_BRACE = 0x7d
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d
const COMMA = 0x2c
const COLON = 0x3a

/** A JSON string's raw bytes (closing quote included) → its value; undefined if it is not valid JSON. */
function decode(rawWithQuote: number[]): string | undefined {
  const text = Buffer.from(rawWithQuote).toString('utf8')
  try {
    return JSON.parse('"' + text) as string
  } catch {
    return undefined
  }
}
