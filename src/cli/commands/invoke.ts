import fs from 'node:fs'
import type { Context } from 'aws-lambda'
import type { ExtensionOptions, FunctionOptions, Logger } from '../../core/index.js'
import { loadEntry } from '../../entry/index.js'
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
  const app = await loadEntry(entry)

  if (flags.lambda) {
    const handler = app.lambdaHandler({ logger: stderrLogger })
    const context = { clientContext: extensionOptions, awsRequestId: 'cli-invoke' } as unknown as Context
    try {
      return print(await handler(functionOptions, context), EXIT.ok)
    } catch (error) {
      // The handler's error message is integrator.io's `{statusCode, errors}` JSON.
      return print(JSON.parse((error as Error).message), EXIT.failed)
    }
  }
  const outcome = await app.invoke(extensionOptions, functionOptions)
  if (outcome.ok) {
    process.stdout.write(outcome.body === '' ? '\n' : `${JSON.stringify(outcome.result, null, 2)}\n`)
    return EXIT.ok
  }
  return print({ errors: outcome.errors }, EXIT.failed)
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

// stdout carries the result alone, so it can be piped; log lines go to stderr.
const stderrLine = (level: string) => (message: string, meta?: object) =>
  process.stderr.write(`${level}: ${message}${meta ? ` ${JSON.stringify(meta)}` : ''}\n`)
const stderrLogger: Logger = { info: stderrLine('info'), warn: stderrLine('warn'), error: stderrLine('error') }
