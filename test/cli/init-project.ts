import { spawn, type SpawnOptions } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { ROOT } from './run-cli.js'

export interface Ran {
  code: number | null
  /** stdout and stderr, as they came. */
  output: string
  stdout: string
}

/** Runs a command to its end, collecting stdout and stderr together. */
export function run(command: string, args: string[], options: SpawnOptions = {}): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options })
    let output = ''
    let stdout = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      stdout += chunk.toString()
    })
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, output, stdout }))
  })
}

/** How to start npm: the npm that runs the tests (npm_execpath), else the one on PATH. */
export function npmCommand(args: string[]): [string, string[]] {
  const cli = process.env.npm_execpath
  return cli && /npm-cli\.js$/.test(cli) ? [process.execPath, [cli, ...args]] : ['npm', args]
}

export function npm(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<Ran> {
  const [command, all] = npmCommand(args)
  return run(command, all, { cwd, env })
}

/**
 * A folder whose node_modules links this checkout as integrator-extension, and this checkout's
 * TypeScript, mocha, chai and types: a project generated inside it builds, tests and runs its npm
 * scripts as after `npm install`, in seconds and without the registry.
 */
export function linkedWorkspace(dir: string): void {
  const modules = path.join(dir, 'node_modules')
  const bin = path.join(modules, '.bin')
  fs.mkdirSync(path.join(modules, '@types'), { recursive: true })
  fs.mkdirSync(bin)
  fs.symlinkSync(ROOT, path.join(modules, 'integrator-extension'), 'dir')
  for (const name of ['typescript', 'mocha', 'chai', '@types/mocha', '@types/chai', '@types/node']) {
    fs.symlinkSync(path.join(ROOT, 'node_modules', name), path.join(modules, name), 'dir')
  }
  fs.symlinkSync(path.join(ROOT, 'node_modules/typescript/bin/tsc'), path.join(bin, 'tsc'))
  fs.symlinkSync(path.join(ROOT, 'node_modules/mocha/bin/mocha.js'), path.join(bin, 'mocha'))
  fs.symlinkSync(path.join(ROOT, 'dist/cli/main.js'), path.join(bin, 'integrator-extension'))
}
