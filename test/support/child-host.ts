import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

export interface ChildHost {
  child: ChildProcess
  url: string
  output: () => string
  exited: Promise<number | null>
}

/** Starts test/support/child-host-main in its own process and waits until it listens. */
export function startChildHost(env: Record<string, string> = {}): Promise<ChildHost> {
  const child = spawn(process.execPath, [path.join(__dirname, 'child-host-main.js')], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`child host did not start:\n${output}`)), 10_000)
    const onData = (chunk: Buffer): void => {
      output += chunk.toString()
      const port = /PORT=(\d+)/.exec(output)?.[1]
      if (port) {
        clearTimeout(timer)
        resolve({ child, url: `http://127.0.0.1:${port}`, output: () => output, exited })
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', () => reject(new Error(`child host exited early:\n${output}`)))
  })
}
