import { spawn } from 'node:child_process'
import cluster from 'node:cluster'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { loadEntry } from '../../entry/index.js'
import { warnConnectorIds } from '../connector-warnings.js'
import { makeFixture } from '../fixtures/fixture-kinds.js'
import { EXIT, UsageError } from '../run-action.js'

interface ServeFlags {
  port: number
  host: string
  token?: string
  tokenFile?: string
  watch?: boolean
  workers?: number
  strictContracts?: boolean
  callTimeout?: number
}

// The token never travels in a child's argv (readable by every local user) nor in its environment
// (inherited by whatever the functions spawn): --workers hand it over by IPC, --watch by a file only
// this user can read.
const TOKEN_REQUEST = 'integrator-extension:serve-token?'
const TOKEN_REPLY = 'integrator-extension:serve-token'
const GENERATED_NOTE = 'generated'

export async function serveCommand(entry: string, flags: ServeFlags): Promise<number | void> {
  if (flags.watch && flags.workers !== undefined) {
    throw new UsageError(
      '--watch and --workers cannot be combined: --watch is for development (one process, restarted on change), ' +
        '--workers for serving from several processes.',
    )
  }
  if (flags.token !== undefined && flags.tokenFile !== undefined) throw new UsageError('give --token or --token-file, not both.')
  const fromFile = flags.tokenFile === undefined ? undefined : readTokenFile(flags.tokenFile)
  if (fromFile?.token === '') throw new UsageError(`--token-file ${flags.tokenFile} holds no token on its first line.`)
  // --watch's child: a token the parent generated may still be printed (once per start, for the curl line).
  const given = flags.token ?? (fromFile?.generated ? undefined : fromFile?.token)
  if (given !== undefined && given.trim() === '') {
    throw new UsageError('--token must not be empty: give the system token integrator.io sends, or leave --token out for a new random one.')
  }
  const systemToken = given ?? fromFile?.token ?? (cluster.isWorker && flags.workers !== undefined ? await tokenFromPrimary() : randomBytes(16).toString('hex'))
  if (flags.watch) return watch(entry, flags, systemToken, given === undefined)
  if (flags.workers !== undefined && cluster.isPrimary) {
    cluster.on('message', (worker, message: unknown) => {
      if (message === TOKEN_REQUEST) worker.send({ [TOKEN_REPLY]: systemToken })
    })
  }
  const app = await loadEntry(entry)
  if (!cluster.isWorker) warnConnectorIds(app.describe())
  let served: { readonly port: number }
  try {
    // winstonInstance unset on purpose: the CLI's host logs to the console, whatever the entry's config says
    served = await app.express({
      port: flags.port,
      host: flags.host,
      systemToken,
      winstonInstance: undefined,
      workers: flags.workers,
      shutdownOnSignals: true,
      // Only the flags given: an undefined would replace the entry's own setting.
      ...(flags.strictContracts ? { strictContracts: true } : {}),
      ...(flags.callTimeout !== undefined ? { callTimeout: flags.callTimeout } : {}),
    })
  } catch (error) {
    const reason = cannotListen(error, flags)
    if (!reason) throw error
    process.stderr.write(`error: ${reason}\n`)
    if (cluster.isWorker) process.exit(EXIT.failed) // the cluster channel would keep it alive
    return EXIT.failed
  }
  if (cluster.isWorker) return // the primary says where it serves, once
  const first = app.describe()[0]
  const base = `http://${flags.host}:${served.port}`
  // A token the user gave is never printed; a generated one once, where the local curl needs it.
  const bearer = given === undefined ? systemToken : '<your token>'
  let text = `\nServing ${entry} on ${base} (system token: ${given !== undefined ? 'as given' : first ? 'generated, in the curl line below' : systemToken})\n`
  if (flags.workers !== undefined && flags.workers > 1) {
    text += `${flags.workers} worker processes share the port; this one (pid ${process.pid}) supervises them.\n`
  }
  if (first) {
    const target = first.connector === 'diy' ? { diy: true } : { _connectorId: first.connector }
    const body = JSON.stringify({ ...target, ...(first.type ? { type: first.type } : {}), function: first.name, options: sampleOptions(first) })
    text += `Try:\n  curl -s -X POST ${base}/function -H 'Authorization: Bearer ${bearer}' -H 'Content-Type: application/json' -d '${shellQuoted(body)}'\n\n`
  }
  process.stdout.write(text)
}

/**
 * What the suggested curl sends: a kind's fixture with one record, so a function that reads
 * `options.data` (every preSavePage hook `init` writes) answers 200 rather than a TypeError;
 * `{}` when the kind is not declared.
 */
function sampleOptions(fn: { type: string | undefined; kind: string | undefined }): Record<string, unknown> {
  if (fn.kind === undefined) return {}
  const group = (fn.type ?? 'flat') as Parameters<typeof makeFixture>[0]
  try {
    return makeFixture(group, fn.kind, 1)
  } catch {
    return {} // a group without fixtures, or a kind it does not have
  }
}

/** The body inside single quotes: a quote in the data must not end the shell word. */
function shellQuoted(text: string): string {
  return text.replaceAll("'", "'\\''")
}

/** The token on the file's first line; a second line `generated` is --watch's note that the user gave none. */
function readTokenFile(file: string): { token: string; generated: boolean } {
  try {
    const [token = '', note = ''] = fs.readFileSync(file, 'utf8').split(/\r?\n/)
    return { token: token.trim(), generated: note.trim() === GENERATED_NOTE }
  } catch (error) {
    throw new UsageError(`cannot read --token-file ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`)
  }
}

/** In a --workers worker: the primary's token, asked for over the cluster channel before serving. */
function tokenFromPrimary(): Promise<string> {
  return new Promise((resolve) => {
    const listener = (message: unknown): void => {
      const token = typeof message === 'object' && message !== null ? (message as Record<string, unknown>)[TOKEN_REPLY] : undefined
      if (typeof token !== 'string') return
      process.off('message', listener)
      resolve(token)
    }
    process.on('message', listener)
    process.send?.(TOKEN_REQUEST)
  })
}

/** A clear line for what stops the host from listening (the port is taken, not allowed...); else undefined. */
function cannotListen(error: unknown, flags: ServeFlags): string | undefined {
  const { code, syscall } = (error ?? {}) as NodeJS.ErrnoException
  if (syscall === 'listen' || syscall === 'bind') {
    const why =
      code === 'EADDRINUSE' ? 'the port is in use' : code === 'EACCES' ? 'permission denied' : code === 'EADDRNOTAVAIL' ? 'no interface has that address' : code
    return `cannot listen on ${flags.host}:${flags.port}: ${why} (${code}). Choose another with --port (0: any free port) or --host.`
  }
  if (syscall === 'getaddrinfo') {
    return `cannot listen on ${flags.host}:${flags.port}: no interface has that name (${code}). Give an address with --host, e.g. 127.0.0.1 or 0.0.0.0.`
  }
  // With --workers, the worker's own line (above) says why.
  if (error instanceof Error && /a worker exited .* before it listened/.test(error.message)) return 'a worker could not start serving (see above).'
  return undefined
}

/**
 * Node's own --watch restarts the server on change; the token is fixed so curl lines keep working.
 * It reaches the child in a file only this user can read (removed when watching ends), not in argv.
 */
function watch(entry: string, flags: ServeFlags, systemToken: string, generated: boolean): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'integrator-extension-watch-'))
  const tokenFile = path.join(dir, 'token')
  fs.writeFileSync(tokenFile, `${systemToken}\n${generated ? GENERATED_NOTE : ''}\n`, { mode: 0o600 })
  const args = [
    `--watch-path=${path.dirname(path.resolve(entry))}`,
    process.argv[1] as string,
    'serve',
    entry,
    '--port',
    String(flags.port),
    '--host',
    flags.host,
    '--token-file',
    tokenFile,
    ...(flags.strictContracts ? ['--strict-contracts'] : []),
    ...(flags.callTimeout !== undefined ? ['--call-timeout', String(flags.callTimeout)] : []),
  ]
  const child = spawn(process.execPath, args, { stdio: 'inherit' })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => child.kill(signal))
  return new Promise((resolve) =>
    child.once('exit', (code) => {
      fs.rmSync(dir, { recursive: true, force: true })
      process.exitCode = code ?? 0
      resolve()
    }),
  )
}
