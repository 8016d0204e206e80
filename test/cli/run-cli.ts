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
