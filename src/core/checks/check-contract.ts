import type { FunctionOptions } from '../config.js'
import { contractViolation, type ProtocolError } from '../protocol-errors.js'
import { ContractMessages } from './contract-messages.js'
import { CONTRACT_RULES, type ArrayRule, type KindRule } from './contract-rules.js'
import { resolveKind } from './resolve-kind.js'
import { describe, type Issue } from './shape.js'

/** Checks a function's result against its kind's rules: a `contract_violation` error, or undefined. */
export type ContractCheck = (result: unknown) => ProtocolError | undefined

/**
 * Called by the dispatcher (strictContracts only) before the function runs: resolves the kind and
 * reads the input length the result must match, before the function can change `options`
 * (a preMap that does `options.data = options.data.filter(...)` must still be caught).
 * Undefined when the function has no kind, or its kind no rules: such calls cost nothing more.
 */
export function prepareContractCheck(fn: unknown, type: string | undefined, name: string, options: FunctionOptions): ContractCheck | undefined {
  const resolved = resolveKind(fn, type, name)
  if (resolved === undefined) return undefined
  const rules = CONTRACT_RULES[resolved.group] as Readonly<Record<string, KindRule | undefined>>
  const rule = rules[resolved.kind]
  if (rule === undefined) return undefined
  const subject = `${resolved.kind} ${JSON.stringify(name)}`
  if ('value' in rule) {
    return (result) => guarded(() => valueViolation(subject, rule.value(result)))
  }
  const input = options[rule.sameLengthAs]
  const expectedLength = Array.isArray(input) ? input.length : undefined
  return (result) => guarded(() => arrayViolation(subject, rule, expectedLength, result))
}

function valueViolation(subject: string, found: Issue | undefined): string | undefined {
  if (found === undefined) return undefined
  const got = describe(found.value)
  return found.path === '' ? ContractMessages.badResult(subject, got, found.expected) : ContractMessages.badField(subject, found.path, got, found.expected)
}

function arrayViolation(subject: string, rule: ArrayRule, expectedLength: number | undefined, result: unknown): string | undefined {
  if (!Array.isArray(result)) return ContractMessages.notArray(subject, describe(result), rule.sameLengthAs)
  // Without a usable input array (not a real integrator.io call) there is no length to match.
  if (expectedLength !== undefined && result.length !== expectedLength) {
    return ContractMessages.wrongLength(subject, result.length, expectedLength, rule.sameLengthAs)
  }
  for (let i = 0; i < result.length; i++) {
    const found = rule.entry(result[i])
    if (found === undefined) continue
    const got = describe(found.value)
    return found.path === ''
      ? ContractMessages.badRecord(subject, i, got, found.expected)
      : ContractMessages.badRecordField(subject, i, found.path, got, found.expected)
  }
  return undefined
}

/**
 * A result the checks cannot read (a getter that throws, a revoked proxy) is not theirs to judge:
 * it goes on to serialization exactly as with strictContracts off.
 */
function guarded(check: () => string | undefined): ProtocolError | undefined {
  let message: string | undefined
  try {
    message = check()
  } catch {
    return undefined
  }
  return message === undefined ? undefined : contractViolation(message)
}
