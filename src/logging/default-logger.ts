import type { Logger } from '../core/index.js'
import { createLambdaLogger } from './lambda-logger.js'
import { createStdoutLogger } from './stdout-logger.js'

/**
 * The logger of a process that has not been given one, by where it runs: on Lambda the Lambda
 * host's (through the runtime's console), elsewhere stdout lines. For code that does not know
 * its host yet (a decorated application's lifecycle, lines written outside any call).
 */
export function defaultLogger(env: NodeJS.ProcessEnv = process.env): Logger {
  return env.AWS_LAMBDA_FUNCTION_NAME !== undefined ? createLambdaLogger(env) : createStdoutLogger({ env })
}
