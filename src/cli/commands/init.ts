import fs from 'node:fs'
import path from 'node:path'
import { dependencySpec } from '../init/dependency-spec.js'
import { initChoices, projectName, type InitFlags } from '../init/init-options.js'
import { projectFiles } from '../init/project-files.js'
import { UsageError } from '../run-action.js'

/** Writes a ready project into a new or empty folder, and says what to run next. */
export async function initCommand(dir: string, flags: InitFlags): Promise<void> {
  const { host, flavour } = initChoices(flags)
  const target = path.resolve(dir)
  refuseNonEmpty(dir, target)
  const dependency = dependencySpec(flags.from)
  const name = projectName(path.basename(target))
  const files = projectFiles({ name, host, flavour, dependency: dependency.spec })
  for (const file of files) {
    const out = path.join(target, file.path)
    fs.mkdirSync(path.dirname(out), { recursive: true })
    fs.writeFileSync(out, file.content)
  }
  const what = flavour.kind === 'connector' ? `a connector (${flavour.id})` : 'a DIY integration'
  const start =
    host === 'lambda' ? 'npm start      # calls the hook through the Lambda handler' : 'npm start      # serves on 127.0.0.1:8080, prints a token and a curl'
  process.stdout.write(
    [
      `Created ${name} in ${target}: ${what} on ${host === 'lambda' ? 'AWS Lambda' : 'Express'}, ${files.length} files.`,
      `It depends on integrator-extension from ${dependency.note}.`,
      '',
      'Next:',
      `  cd ${/\s/.test(dir) ? JSON.stringify(dir) : dir}`,
      '  npm install',
      '  npm test',
      `  ${start}`,
      '',
    ].join('\n'),
  )
}

function refuseNonEmpty(dir: string, target: string): void {
  const stat = fs.statSync(target, { throwIfNoEntry: false })
  if (stat === undefined) return
  if (!stat.isDirectory()) throw new UsageError(`${dir} is a file: give a new or empty folder.`)
  if (fs.readdirSync(target).length > 0) throw new UsageError(`${dir} is not empty: give a new or empty folder.`)
}
