/**
 * integrator.io issues a connector's `_connectorId` as a MongoDB ObjectId: 24 hex digits (and,
 * for some older connectors, 32). Besides those, a local name of letters, digits, `-` and `_`
 * (up to 64) is accepted for tests and development ('orders', 'shop-b'); anything else (spaces,
 * punctuation, '') cannot be an id integrator.io sends.
 */
const ISSUED = /^(?:[0-9a-fA-F]{24}|[0-9a-fA-F]{32})$/
const LOCAL = /^[A-Za-z0-9_-]{1,64}$/

/** Whether `id` is an id integrator.io issues (24 or 32 hex digits). */
export function isIssuedConnectorId(id: string): boolean {
  return ISSUED.test(id)
}

/** Why `id` cannot be a `_connectorId` (as the end of a sentence), or undefined when it can be. */
export function connectorIdProblem(id: string): string | undefined {
  if (ISSUED.test(id) || LOCAL.test(id)) return undefined
  return `has the _connectorId ${JSON.stringify(id)}, which integrator.io never sends: its ids are 24 (or 32) hex digits; for tests, a name of letters, digits, '-' and '_' is accepted`
}
