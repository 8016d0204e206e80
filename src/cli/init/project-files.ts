import fs from 'node:fs'
import path from 'node:path'
import { makeFixture } from '../fixtures/fixture-kinds.js'
import { ownPackageJson, TEMPLATES } from './package-root.js'
import { entryOf, invokeArgs, PROJECT_HOOK, type ProjectChoices } from './project-choices.js'
import { projectReadme } from './project-readme.js'

export interface ProjectFile {
  /** Relative to the project, with `/`. */
  path: string
  content: string
}

/** The connector id written in templates/init/connector: init puts the user's in its place. */
export const TEMPLATE_CONNECTOR_ID = '5f3c0a9e1b2d4c6e8a0b1c2d'

/** The generated project's tools, at the versions this package is built and tested with. */
// The CLI's own tools are optional peers of the package (a production install carries none of
// them): the project's scripts run `serve`/`invoke` (commander) and, on Lambda, `package` (esbuild, yazl).
const DEV_TOOLS = ['typescript', 'mocha', 'chai', '@types/mocha', '@types/chai', '@types/node', 'commander', 'esbuild', 'yazl'] as const
const LAMBDA_ONLY: ReadonlySet<string> = new Set(['esbuild', 'yazl'])
const FALLBACK_VERSIONS: Record<(typeof DEV_TOOLS)[number], string> = {
  typescript: '^7.0.2',
  mocha: '^12.0.3',
  chai: '^6.3.0',
  '@types/mocha': '^10.0.10',
  '@types/chai': '^5.2.3',
  '@types/node': '^20.19.0',
  commander: '^14.0.3',
  esbuild: '^0.28.2',
  yazl: '^3.3.1',
}

/** Every file of the new project: the templates for these choices, then what depends on them. */
export function projectFiles(choices: ProjectChoices): ProjectFile[] {
  const templateFiles = ['common', choices.flavour.kind, choices.host].flatMap((part) =>
    listFiles(path.join(TEMPLATES, part)).map((file) => {
      let content = fs.readFileSync(path.join(TEMPLATES, part, file), 'utf8')
      if (choices.flavour.kind === 'connector') content = content.replaceAll(TEMPLATE_CONNECTOR_ID, choices.flavour.id)
      return { path: file === 'gitignore' ? '.gitignore' : file, content }
    }),
  )
  return [
    { path: 'package.json', content: `${JSON.stringify(packageJson(choices), null, 2)}\n` },
    ...templateFiles,
    { path: PROJECT_HOOK.fixture, content: `${JSON.stringify(makeFixture('hook', 'preSavePage'), null, 2)}\n` },
    { path: 'README.md', content: projectReadme(choices) },
  ]
}

function packageJson(choices: ProjectChoices): object {
  const own = ownPackageJson().devDependencies ?? {}
  const invoke = `tsc && integrator-extension invoke ${invokeArgs(choices)}`
  const scripts: Record<string, string> =
    choices.host === 'lambda'
      ? { start: invoke, invoke, package: `tsc && integrator-extension package ${entryOf('lambda')} --out dist/lambda.zip` }
      : { start: `tsc && integrator-extension serve ${entryOf('express')}`, invoke }
  return {
    name: choices.name,
    version: '0.1.0',
    private: true,
    type: 'commonjs',
    engines: { node: '>=20.19' },
    scripts: { build: 'tsc', test: 'tsc && mocha "dist/test/**/*.test.js"', ...scripts },
    dependencies: { 'integrator-extension': choices.dependency },
    devDependencies: Object.fromEntries(
      DEV_TOOLS.filter((tool) => choices.host === 'lambda' || !LAMBDA_ONLY.has(tool)).map((tool) => [tool, own[tool] ?? FALLBACK_VERSIONS[tool]]),
    ),
  }
}

/** The files under `folder`, relative, with `/`, sorted. */
function listFiles(folder: string): string[] {
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
}
