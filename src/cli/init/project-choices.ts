import type { InitFlavour, InitHost } from './init-options.js'

/** What `init` was asked for: the project files and its README both follow from it. */
export interface ProjectChoices {
  name: string
  host: InitHost
  flavour: InitFlavour
  /** The integrator-extension dependency's spec: a range or `file:...`. */
  dependency: string
}

/** The hook the project's scripts and README call, and where its entry is once built. */
export const PROJECT_HOOK = { type: 'hook', function: 'tagOrders', fixture: 'fixtures/preSavePage.json' } as const

export function entryOf(host: InitHost): string {
  return host === 'lambda' ? 'dist/src/handler.js' : 'dist/src/app.module.js'
}

export function invokeArgs(choices: Pick<ProjectChoices, 'host' | 'flavour'>): string {
  const target = choices.flavour.kind === 'connector' ? `--connector ${choices.flavour.id}` : '--diy'
  const lambda = choices.host === 'lambda' ? ' --lambda' : ''
  return `${entryOf(choices.host)} ${target} --type ${PROJECT_HOOK.type} --function ${PROJECT_HOOK.function} --options ${PROJECT_HOOK.fixture}${lambda}`
}
