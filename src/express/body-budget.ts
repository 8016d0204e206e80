/**
 * The bound on request-body bytes held at once across all requests (`maxBufferedBytes`):
 * a body is reserved when its length is known (Content-Length), else as its chunks arrive,
 * and given back once it is parsed or its request ends. Past the bound a request is refused
 * with 503 and `Retry-After`, so stalled or hostile uploads cannot grow the heap without end.
 */
export class BodyBudget {
  private held = 0
  constructor(readonly limit: number) {}

  /** Reserves `bytes`; false (and nothing reserved) when that would pass the bound. */
  take(bytes: number): boolean {
    if (this.held + bytes > this.limit) return false
    this.held += bytes
    return true
  }

  give(bytes: number): void {
    this.held -= bytes
  }

  get bytesHeld(): number {
    return this.held
  }
}
