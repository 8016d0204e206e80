import { spawn } from 'node:child_process'
import cluster from 'node:cluster'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { loadEntry } from '../../entry/index.js'
import { EXIT, UsageError } from '../run-action.js'

interface ServeFlags {
  port: number
  host: string
  token?: string
  watch?: boolean
  workers?: number
}

// With --workers, node:cluster runs this same command in every worker: they must all check the
// token the primary printed, so a generated one is handed down in the environment.
const WORKER_TOKEN = 'INTEGRATOR_EXTENSION_SERVE_TOKEN'

export async function serveCommand(entry: string, flags: ServeFlags): Promise<number | void> {
  if (flags.watch && flags.workers !== undefined) {
    throw new UsageError(
      '--watch and --workers cannot be combined: --watch is for development (one process, restarted on change), ' +
        '--workers for serving from several processes.',
    )
  }
  const systemToken = flags.token ?? (cluster.isWorker ? process.env[WORKER_TOKEN] : undefined) ?? randomBytes(16).toString('hex')
  if (flags.watch) return watch(entry, flags, systemToken)
  if (flags.workers !== undefined && cluster.isPrimary) process.env[WORKER_TOKEN] = systemToken
  const app = await loadEntry(entry)
  let served: { readonly port: number }
  try {
    // winstonInstance unset on purpose: the CLI's host logs to the console, whatever the entry's config says
    served = await app.express({ port: flags.port, host: flags.host, systemToken, winstonInstance: undefined, workers: flags.workers, shutdownOnSignals: true })
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
  process.stdout.write(`\nServing ${entry} on ${base} (system token: ${systemToken})\n`)
  if (flags.workers !== undefined && flags.workers > 1) {
    process.stdout.write(`${flags.workers} worker processes share the port; this one (pid ${process.pid}) supervises them.\n`)
  }
  if (first) {
    const target = first.connector === 'diy' ? { diy: true } : { _connectorId: first.connector }
    const body = JSON.stringify({ ...target, ...(first.type ? { type: first.type } : {}), function: first.name, options: {} })
    process.stdout.write(
      `Try:\n  curl -s -X POST ${base}/function -H 'Authorization: Bearer ${systemToken}' -H 'Content-Type: application/json' -d '${body}'\n\n`,
    )
  }
}

/** A clear line for what stops the host from listening (the port is taken, not allowed...); else undefined. */
function cannotListen(error: unknown, flags: ServeFlags): string | undefined {
  const { code, syscall } = (error ?? {}) as NodeJS.ErrnoException
  if (syscall === 'listen' || syscall === 'bind') {
    const why = code === 'EADDRINUSE' ? 'the port is in use' : code === 'EACCES' ? 'permission denied' : code === 'EADDRNOTAVAIL' ? 'no interface has that address' : code
    return `cannot listen on ${flags.host}:${flags.port}: ${why} (${code}). Choose another with --port (0: any free port) or --host.`
  }
  // With --workers, the worker's own line (above) says why.
  if (error instanceof Error && /a worker exited .* before it listened/.test(error.message)) return 'a worker could not start serving (see above).'
  return undefined
}

/** Node's own --watch restarts the server on change; the token is fixed so curl lines keep working. */
function watch(entry: string, flags: ServeFlags, systemToken: string): Promise<void> {
  const args = [
    `--watch-path=${path.dirname(path.resolve(entry))}`,
    process.argv[1] as string,
    'serve',
    entry,
    '--port',
    String(flags.port),
    '--host',
    flags.host,
    '--token',
    systemToken,
  ]
  const child = spawn(process.execPath, args, { stdio: 'inherit' })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => child.kill(signal))
  return new Promise((resolve) => child.once('exit', (code) => {
    process.exitCode = code ?? 0
    resolve()
  }))
}
