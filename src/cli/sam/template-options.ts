import { tool } from '../tools.js'
import { LAMBDA_RUNTIMES, type LambdaRuntime } from './sam-template.js'

export { DEFAULT_MEMORY_MB, DEFAULT_RUNTIME, LAMBDA_RUNTIMES } from './sam-template.js'

export function parseRuntime(value: string): LambdaRuntime {
  if (!(LAMBDA_RUNTIMES as readonly string[]).includes(value))
    throw new (tool('commander').InvalidArgumentError)(`must be one of ${LAMBDA_RUNTIMES.join(', ')}.`)
  return value as LambdaRuntime
}

/** Lambda's limits: 128 MB to 10,240 MB, in 1 MB steps. */
export function parseMemory(value: string): number {
  const mb = Number(value)
  if (!/^[0-9]+$/.test(value) || mb < 128 || mb > 10_240) throw new (tool('commander').InvalidArgumentError)('must be a whole number of MB from 128 to 10240.')
  return mb
}
