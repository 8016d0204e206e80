import fs from 'node:fs'
import type { Context } from 'aws-lambda'
import type { ExtensionOptions, FunctionOptions } from '../../core/index.js'
import { lambdaHandlerFromEntry, loadEntryModule, resolveEntry } from '../../entry/index.js'
import { EXIT, UsageError } from '../run-action.js'

interface InvokeFlags {
  diy?: boolean
  connector?: string
  type?: string
  function: string
  options?: string
  lambda?: boolean
}

export async function invokeCommand(entry: string, flags: InvokeFlags): Promise<number> {
  if (Boolean(flags.diy) === Boolean(flags.connector)) throw new UsageError('give exactly one of --diy and --connector <id>.')
  const extensionOptions: ExtensionOptions = {
    ...(flags.diy ? { diy: true } : { _connectorId: flags.connector }),
    ...(flags.type ? { type: flags.type } : {}),
    function: flags.function,
  }
  const functionOptions = readOptions(flags.options)
  // stdout carries the result alone, so it can be piped: what the entry and its functions log
  // through console (the default loggers included) goes to stderr.
  console.log = console.info = console.debug = console.error
  const exported = await loadEntryModule(entry)

  if (flags.lambda) {
    // The packaged zip's handler: the entry's own, if it exports one.
    const handler = lambdaHandlerFromEntry(exported, entry)
    const context = { clientContext: extensionOptions, awsRequestId: 'cli-invoke' } as unknown as Context
    try {
      return print(await handler(functionOptions, context), EXIT.ok)
    } catch (error) {
      return print(invocationFailure(error), EXIT.failed)
    }
  }
  const outcome = await resolveEntry(exported, entry).dispatch(extensionOptions, functionOptions)
  if (outcome.ok) {
    process.stdout.write(outcome.body === '' ? '\n' : `${JSON.stringify(outcome.result, null, 2)}\n`)
    return EXIT.ok
  }
  return print({ errors: outcome.errors }, EXIT.failed)
}

/**
 * Our handlers fail with integrator.io's `{statusCode, errors}` JSON as the message; any other
 * error is shown as the Lambda runtime reports it.
 */
function invocationFailure(error: unknown): unknown {
  const message = error instanceof Error ? error.message : String(error)
  try {
    const parsed: unknown = JSON.parse(message)
    if (typeof parsed === 'object' && parsed !== null) return parsed
  } catch {
    // not ours
  }
  return { errorType: error instanceof Error ? error.name : typeof error, errorMessage: message }
}

function print(value: unknown, code: number): number {
  process.stdout.write(`${value === undefined ? '' : JSON.stringify(value, null, 2)}\n`)
  return code
}

function readOptions(source: string | undefined): FunctionOptions {
  if (source === undefined) return {}
  let text: string
  try {
    text = fs.readFileSync(source === '-' ? 0 : source, 'utf8')
  } catch (error) {
    throw new UsageError(`cannot read --options ${source}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`)
  }
  try {
    return JSON.parse(text) as FunctionOptions
  } catch (error) {
    throw new UsageError(`--options ${source} is not valid JSON: ${(error as Error).message}`)
  }
}
