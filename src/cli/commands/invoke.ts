import fs from 'node:fs'
import type { Context } from 'aws-lambda'
import { installProcessFaultHandlers, type CallOutcome, type ExtensionOptions, type Logger } from '../../core/index.js'
import { lambdaHandlerFromEntry, loadEntryModule, resolveEntry } from '../../entry/index.js'
import { warnConnectorIds } from '../connector-warnings.js'
import { EXIT, UsageError } from '../run-action.js'

interface InvokeFlags {
  diy?: boolean
  connector?: string
  type?: string
  function?: string
  options?: string
  lambda?: boolean
  /** With --lambda: the invocation's event, as is (instead of --options). */
  event?: string
  /** With --lambda: context.clientContext, as is (instead of --diy/--connector, --type, --function). */
  clientContext?: string
  /** Give up after this many ms: exit 1 with an error (the process ends, cutting the function). */
  timeout?: number
  strictContracts?: boolean
  callTimeout?: number
}

// The real stdout, kept before invokeCommand sends everything else to stderr.
const writeResult = process.stdout.write.bind(process.stdout)

export async function invokeCommand(entry: string, flags: InvokeFlags): Promise<number> {
  if (flags.timeout === undefined) return invoke(entry, flags)
  let timer: NodeJS.Timeout | undefined
  const cut = new Promise<number>((resolve) => {
    timer = setTimeout(() => {
      process.stderr.write(
        `error: invoke did not finish within ${flags.timeout} ms (--timeout): the function, its onInit() or loading ${entry} was still running, and was stopped.\n`,
      )
      resolve(EXIT.failed)
    }, flags.timeout)
  })
  try {
    return await Promise.race([invoke(entry, flags), cut])
  } finally {
    clearTimeout(timer)
  }
}

async function invoke(entry: string, flags: InvokeFlags): Promise<number> {
  if ((flags.event !== undefined || flags.clientContext !== undefined) && !flags.lambda) {
    throw new UsageError('--event and --client-context describe a Lambda invocation: add --lambda.')
  }
  if (flags.lambda && (flags.strictContracts || flags.callTimeout !== undefined)) {
    throw new UsageError(
      "--strict-contracts and --call-timeout set the in-process call: with --lambda the handler keeps its own config's (use the Lambda context's deadline, or drop --lambda).",
    )
  }
  if (flags.event !== undefined && flags.options !== undefined) throw new UsageError('give --event or --options, not both.')
  if (flags.event === '-' && flags.clientContext === '-') throw new UsageError("only one of --event and --client-context can read stdin ('-').")
  const extensionOptions = flags.clientContext !== undefined ? readClientContext(flags) : extensionOptionsOf(flags)
  const functionOptions = flags.event !== undefined ? readJson('--event', flags.event) : readOptions(flags.options)
  // stdout carries the result alone, so it can be piped: what the entry and its functions log,
  // through console or to process.stdout (the default loggers included), goes to stderr.
  console.log = console.info = console.debug = console.error
  process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write
  const { exported, hosts } = await loadEntryModule(entry)
  // As the hosts do: a fault in a timer or an unhandled rejection fails the call (its {errors}, exit 1)
  // instead of ending the process with a stack trace.
  installProcessFaultHandlers(oneLineFaults)

  if (flags.lambda) {
    // The packaged zip's handler: the entry's own, if it exports one.
    const handler = lambdaHandlerFromEntry(exported, entry, hosts)
    // As the runtime hands them over: the event and the parsed ClientContext, untouched.
    const context = { clientContext: extensionOptions, awsRequestId: 'cli-invoke' } as unknown as Context
    try {
      return print(await handler(functionOptions, context), EXIT.ok)
    } catch (error) {
      return print(invocationFailure(error), EXIT.failed)
    }
  }
  const app = resolveEntry(exported, entry, hosts)
  warnConnectorIds(app.describe())
  let outcome: CallOutcome
  try {
    outcome = await app.dispatch(extensionOptions, functionOptions, { strictContracts: flags.strictContracts, callTimeout: flags.callTimeout })
  } finally {
    // The providers' onDestroy(), as a host's shutdown would run them.
    await app.close()
  }
  if (outcome.ok) {
    writeResult(outcome.body === '' ? '\n' : `${JSON.stringify(outcome.result, null, 2)}\n`)
    return EXIT.ok
  }
  return print({ errors: outcome.errors }, EXIT.failed)
}

/** A fault in a timer, as one `error:` line on stderr: the {errors} body on stdout says the rest. */
const oneLineFaults: Logger = {
  info: () => undefined,
  warn: () => undefined,
  error: (message, meta) => process.stderr.write(`error: ${message}: ${String((meta as { error?: unknown } | undefined)?.error ?? '').split('\n')[0]}\n`),
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
  writeResult(`${value === undefined ? '' : JSON.stringify(value, null, 2)}\n`)
  return code
}

function extensionOptionsOf(flags: InvokeFlags): ExtensionOptions {
  if (Boolean(flags.diy) === Boolean(flags.connector)) throw new UsageError('give exactly one of --diy and --connector <id>.')
  if (flags.function === undefined) {
    throw new UsageError("required option '-f, --function <name>' not specified (or give --lambda --client-context <file>).")
  }
  return {
    ...(flags.diy ? { diy: true } : { _connectorId: flags.connector }),
    ...(flags.type ? { type: flags.type } : {}),
    function: flags.function,
  }
}

function readClientContext(flags: InvokeFlags): unknown {
  const given = (['diy', 'connector', 'type', 'function'] as const).filter((flag) => flags[flag] !== undefined)
  if (given.length > 0) {
    throw new UsageError(`--client-context holds the extension options: drop ${given.map((flag) => `--${flag}`).join(', ')}.`)
  }
  return readJson('--client-context', flags.clientContext as string)
}

function readOptions(source: string | undefined): unknown {
  return source === undefined ? {} : readJson('--options', source)
}

function readJson(flag: string, source: string): unknown {
  let text: string
  try {
    text = fs.readFileSync(source === '-' ? 0 : source, 'utf8')
  } catch (error) {
    throw new UsageError(`cannot read ${flag} ${source}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`)
  }
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new UsageError(`${flag} ${source} is not valid JSON: ${(error as Error).message}`)
  }
}
