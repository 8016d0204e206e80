#!/usr/bin/env node
import fs from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { fixtureCommand } from './commands/fixture.js'
import { initCommand } from './commands/init.js'
import { invokeCommand } from './commands/invoke.js'
import { listCommand } from './commands/list.js'
import { packageCommand } from './commands/package.js'
import { serveCommand } from './commands/serve.js'
import { runAction } from './run-action.js'
import { DEFAULT_MEMORY_MB, DEFAULT_RUNTIME, LAMBDA_RUNTIMES, parseMemory, parseRuntime } from './sam/template-options.js'
import { tool } from './tools.js'

const { Command, InvalidArgumentError } = tool('commander')

const ENTRY = 'a compiled .js file exporting a plain config ({ diy } or { connectors }), a @Module class, or a Lambda handler'

const program = new Command()
  .name('integrator-extension')
  .description('Serve, invoke, list and package integrator.io extension functions.')
  .version(packageVersion(), '-V, --version')
  // A pointer, not the whole help: the error line stays the last thing on the screen.
  .showHelpAfterError('(add --help for usage)')
  // Usage mistakes exit 2, like our own entry and option errors; help exits 0.
  .exitOverride((error) => {
    process.exit(error.exitCode === 0 ? 0 : 2)
  })

program
  .command('serve')
  .description("Serve an entry's functions on Express (POST /function), on 127.0.0.1:8080 unless told otherwise.")
  .argument('<entry>', ENTRY)
  .option('-p, --port <port>', 'port to listen on (0: any free port)', parsePort, 8080)
  .option('--host <host>', 'interface to bind (0.0.0.0: every interface)', '127.0.0.1')
  .option('-t, --token <token>', 'system token (default: a new random one, printed once); never printed when given')
  .option('--token-file <file>', "read the system token from this file's first line (keeps it out of the process list)")
  .option('-w, --watch', 'restart when files beside the entry change (development; not with --workers)')
  .option(
    '--workers <n>',
    `serve from n processes sharing the port (node:cluster), e.g. one per core (${availableParallelism()} here); ` +
      'the entry loads in each and in the supervising one (default: 1, this process)',
    parseWorkers,
  )
  .option('--strict-contracts', "check every result against its function kind's rules (docs/contracts/README.md), as the config's strictContracts: true")
  .option(
    '--call-timeout <ms>',
    "milliseconds a function may take before its call fails with function_timeout (the config's callTimeout; default 290000)",
    parseMilliseconds,
  )
  .action(runAction(serveCommand))

program
  .command('invoke')
  .description(
    'Call one function in-process, exactly as the hosts would, and print its result as JSON on stdout ' +
      '(console output goes to stderr). Exit 0: the result; 1: the {errors} body; 2: a usage or entry mistake.',
  )
  .argument('<entry>', ENTRY)
  .option('--diy', 'call a function of the DIY integration (give this or --connector)')
  .option('-c, --connector <id>', 'call a function of the connector with this _connectorId')
  .option('--type <type>', "the function's group: hook, wrapper, setting, utility, installer or uninstaller (omit for a flat function)")
  .option('-f, --function <name>', 'the function name (required unless --client-context)')
  .option('-o, --options <file>', "the function's options as JSON: a file, or '-' for stdin (default: {})")
  .option('--lambda', "call through the Lambda handler instead, as the packaged zip would (the entry's own handler, if it exports one)")
  .option('--event <file>', "with --lambda: the invocation's event (the function options) as JSON, passed as is (a file, or '-')")
  .option(
    '--client-context <file>',
    'with --lambda: context.clientContext (the extension options) as JSON, passed as is, instead of --diy/--connector, --type and --function (docs/lambda.md)',
  )
  .option(
    '--timeout <ms>',
    'give up after this many milliseconds (loading the entry, onInit and the call): exit 1 with an error, the function cut',
    parseMilliseconds,
  )
  .option('--strict-contracts', "check the result against its function kind's rules (docs/contracts/README.md), as the config's strictContracts: true")
  .option(
    '--call-timeout <ms>',
    "milliseconds the function may take before the call fails with function_timeout (the config's callTimeout; default 290000)",
    parseMilliseconds,
  )
  .action(runAction(invokeCommand, { exit: true }))

program
  .command('list')
  .description('List the functions an entry exposes (connector, type, name, kind, source).')
  .argument('<entry>', ENTRY)
  .option('--json', 'print JSON instead of a table')
  .action(runAction(listCommand, { exit: true }))

program
  .command('package')
  .description(
    "Build a Lambda deployment zip: one bundled index.js (Handler: index.handler) exporting the entry's own handler, " +
      'if it exports one, else one made from its functions; and beside it an AWS SAM template.yaml: the function, and an IAM user ' +
      'and access key allowed only to invoke it, for integrator.io.',
  )
  .argument('<entry>', ENTRY)
  .requiredOption('--out <zip>', 'where to write the zip (folders are created)')
  .option('--runtime <runtime>', `the template's Lambda runtime: ${LAMBDA_RUNTIMES.join(', ')}`, parseRuntime, DEFAULT_RUNTIME)
  .option('--memory <mb>', "the template's function memory in MB (128-10240)", parseMemory, DEFAULT_MEMORY_MB)
  .option('--no-template', 'write the zip only, not the AWS SAM template.yaml beside it')
  .action(runAction(packageCommand, { exit: true }))

program
  .command('init')
  .description(
    'Write a ready project into a new or empty folder: a decorated DIY integration (or connector) with a typed hook, ' +
      'a wrapper and an injected service, mocha tests, and npm scripts to build, test, serve or invoke, and package.',
  )
  .argument('<dir>', 'the folder to create (or an empty one)')
  .option('--express', 'host it on Express: npm start serves it (the default)')
  .option('--lambda', 'host it on AWS Lambda: src/handler.ts exports the handler; npm start invokes it, npm run package zips it')
  .option('--diy', 'a DIY integration (the default)')
  .option('--connector <id>', "a connector, with integrator.io's _connectorId (24 hex digits)")
  .option('--from <tarball|dir>', 'depend on integrator-extension from this tarball (npm pack) or checkout (default: where this CLI is)')
  .action(runAction(initCommand))

program
  .command('fixture')
  .description(
    'Print a realistic options object for a function kind, the shape integrator.io sends (ids, bearerToken, records...): ' +
      'what `invoke --options -` takes. The same arguments print the same object.',
  )
  .argument('<kind>', 'a kind: preSavePage, preMap, ping, export, persistSettings, formInit, ... (a wrong one lists them all)')
  .option('--type <group>', 'the group, for a kind two groups share (update, changeEdition): installer, setting or flat')
  .option('-n, --records <n>', 'how many records a page carries', parseCount)
  .action(runAction(fixtureCommand))

function packageVersion(): string {
  const file = path.join(__dirname, '../../package.json')
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version
}

function parsePort(value: string): number {
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new InvalidArgumentError('must be a port number (0-65535).')
  }
  return port
}

function parseCount(value: string): number {
  if (!/^[0-9]+$/.test(value) || Number(value) > 10_000) throw new InvalidArgumentError('must be a whole number of records (0-10000).')
  return Number(value)
}

/** As the config's callTimeout is checked: a whole number of milliseconds a timer can wait (1 to 2^31-1). */
function parseMilliseconds(value: string): number {
  if (!/^[0-9]+$/.test(value) || Number(value) < 1 || Number(value) > 2 ** 31 - 1) {
    throw new InvalidArgumentError(`must be a whole number of milliseconds from 1 to ${2 ** 31 - 1}.`)
  }
  return Number(value)
}

// The config's range for `workers` (express/config-ranges.ts; cli may not import express): past it
// the host's own check would end serve with exit 1, not a usage error.
const MAX_WORKERS = 1024

function parseWorkers(value: string): number {
  if (!/^[1-9][0-9]*$/.test(value) || Number(value) > MAX_WORKERS) {
    throw new InvalidArgumentError(`must be a whole number of processes from 1 to ${MAX_WORKERS}.`)
  }
  return Number(value)
}

program.parseAsync(process.argv)
