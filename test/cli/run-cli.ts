import { spawn } from 'node:child_process'
import path from 'node:path'

export const ROOT = path.resolve(__dirname, '../../..')
export const CLI = path.join(ROOT, 'dist/cli/main.js')
export const SAMPLE = path.join(ROOT, 'build/samples/diy-express/extension.js')

export interface CliResult {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs the real binary as a child process. */
export function runCli(args: string[], stdin?: string): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
    child.stdin.end(stdin ?? '')
  })
}

export async function waitFor(condition: () => boolean, ms = 15_000): Promise<void> {
  const until = Date.now() + ms
  while (!condition()) {
    if (Date.now() > until) throw new Error('timed out waiting for the CLI')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

export interface ServingCli {
  /** http://127.0.0.1:<port>, from the "Serving … on" line. */
  url: string
  token: string
  /** stdout and stderr so far. */
  output(): string
  exited: Promise<number | null>
  kill(signal: NodeJS.Signals): void
  pid: number
}

/** Starts `serve <args>` (the real binary) and resolves once it prints where it serves. */
export async function startServe(args: string[]): Promise<ServingCli> {
  const child = spawn(process.execPath, [CLI, 'serve', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  let done = false
  void exited.then(() => (done = true))
  try {
    await waitFor(() => done || /Serving .* on http:\/\/[^ ]+ \(system token: [^)]+\)/.test(output))
  } catch (error) {
    child.kill('SIGKILL')
    throw error
  }
  const match = /Serving .* on (http:\/\/[^ ]+) \(system token: ([^)]+)\)/.exec(output)
  if (!match) throw new Error(`serve exited before serving:\n${output}`)
  // A generated token is printed once: in the curl line when there is one, else in the Serving line.
  const token = /Authorization: Bearer ([^' ]+)'/.exec(output)?.[1] ?? (match[2] as string)
  return { url: match[1] as string, token, output: () => output, exited, kill: (signal) => child.kill(signal), pid: child.pid as number }
}

/** POST /function on a new connection. */
export async function callFunction(served: ServingCli, body: object): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${served.url}/function`, {
    method: 'POST',
    headers: { authorization: `Bearer ${served.token}`, 'content-type': 'application/json', connection: 'close' },
    body: JSON.stringify(body),
  })
  const text = await response.text()
  return { status: response.status, json: text === '' ? undefined : (JSON.parse(text) as unknown) }
}
