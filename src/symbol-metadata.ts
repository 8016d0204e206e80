/**
 * Standard (TC39) decorators share data through `context.metadata`, which the compiled class
 * creates only when `Symbol.metadata` exists at the moment the class is defined. Node 20, 22 and
 * 24 lack it, so it is set when the package is imported (before any user class is defined), to
 * the symbol esbuild and the TypeScript polyfills fall back to, so every compiler shares one key.
 */
const symbols = Symbol as { metadata?: symbol }
symbols.metadata ??= Symbol.for('Symbol.metadata')

export const SYMBOL_METADATA: symbol = symbols.metadata
