#!/usr/bin/env node
import { Command, InvalidArgumentError } from 'commander'
import { availableParallelism } from 'node:os'
import { invokeCommand } from './commands/invoke.js'
import { listCommand } from './commands/list.js'
import { packageCommand } from './commands/package.js'
import { serveCommand } from './commands/serve.js'
import { runAction } from './run-action.js'

const program = new Command()
  .name('integrator-extension')
  .description('Serve, invoke, list and package integrator.io extension functions.')
  .showHelpAfterError()
  // Usage mistakes exit 2, like our own entry and option errors; help exits 0.
  .exitOverride((error) => {
    process.exit(error.exitCode === 0 ? 0 : 2)
  })

program
  .command('serve')
  .description('Serve an entry on Express on 127.0.0.1 (POST /function).')
  .argument('<entry>', 'a .js file exporting a plain config ({ diy } or { connectors }) or a @Module class')
  .option('-p, --port <port>', 'port to listen on', parsePort, 8080)
  .option('--host <host>', 'interface to bind', '127.0.0.1')
  .option('-t, --token <token>', 'system token (default: a new random one, printed)')
  .option('-w, --watch', 'restart when files beside the entry change (development; not with --workers)')
  .option(
    '--workers <n>',
    `serve from n processes sharing the port (node:cluster), e.g. one per core (${availableParallelism()} here); ` +
      'the entry loads in each and in the supervising one (default: 1, this process)',
    parseWorkers,
  )
  .action(runAction(serveCommand))

program
  .command('invoke')
  .description('Call one function in-process, exactly as the hosts would, and print the result as JSON.')
  .argument('<entry>', 'the entry file')
  .option('--diy', 'call the DIY module')
  .option('-c, --connector <id>', 'call the module of this _connectorId')
  .option('--type <type>', 'the group: hook, wrapper, setting, utility, installer, uninstaller (absent: flat)')
  .requiredOption('-f, --function <name>', 'the function name')
  .option('-o, --options <file>', "function options as JSON: a file, or '-' for stdin", undefined)
  .option('--lambda', 'route the call through the Lambda handler instead')
  .action(runAction(invokeCommand))

program
  .command('list')
  .description('List the registered functions (connector, group, name, kind, source).')
  .argument('<entry>', 'the entry file')
  .option('--json', 'print JSON instead of a table')
  .action(runAction(listCommand))

program
  .command('package')
  .description('Build a Lambda deployment zip (one bundled index.js; Handler: index.handler).')
  .argument('<entry>', 'the entry file')
  .requiredOption('--out <zip>', 'where to write the zip')
  .action(runAction(packageCommand))

function parsePort(value: string): number {
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new InvalidArgumentError('must be a port number (0-65535).')
  }
  return port
}

function parseWorkers(value: string): number {
  if (!/^[1-9][0-9]*$/.test(value)) throw new InvalidArgumentError('must be a positive whole number of processes (1, 2, ...).')
  return Number(value)
}

program.parseAsync(process.argv)
