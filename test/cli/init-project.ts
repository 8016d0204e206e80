import { spawn, type SpawnOptions } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { expect } from 'chai'
import { ROOT, waitFor } from './run-cli.js'

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

export function npm(args: string[], cwd: string): Promise<Ran> {
  const [command, all] = npmCommand(args)
  return run(command, all, { cwd, env: projectEnv() })
}

/**
 * The environment without what `npm test` of this checkout sets for its scripts: an inherited
 * npm_config_local_prefix (and the like) would point the project's npm at this checkout. The npm
 * cache and user config stay.
 */
export function projectEnv(): NodeJS.ProcessEnv {
  const keep = new Set(['npm_config_cache', 'npm_config_userconfig'])
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => keep.has(name) || !(name.startsWith('npm_') || name === 'INIT_CWD')))
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

/** `npm start -- --port 0` serves the project; its hook answers a POST /function; SIGTERM stops it. */
export async function expectServes(project: string, target: object): Promise<void> {
  const [command, args] = npmCommand(['start', '--', '--port', '0'])
  const child = spawn(command, args, { cwd: project, env: projectEnv(), stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  try {
    // serve prints where it listens, and the generated token in the curl line it suggests.
    const serving = /Serving .* on (http:\/\/[^ ]+) [\s\S]*Authorization: Bearer ([^' ]+)'/
    await waitFor(() => serving.test(output), 30_000).catch(() => {
      throw new Error(`npm start did not serve:\n${output}`)
    })
    const [, url, token] = serving.exec(output) as RegExpExecArray
    const response = await fetch(`${url}/function`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', connection: 'close' },
      body: JSON.stringify({ ...target, type: 'hook', function: 'tagOrders', options: { data: [{ id: '1', total: 150 }], errors: [] } }),
    })
    expect(await response.json()).to.deep.equal({ data: [{ id: '1', total: 150, large: true }], errors: [] })
  } finally {
    // npm runs the server in a shell: the whole process group goes.
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM')
    } catch {
      // already gone
    }
    await exited
  }
}
