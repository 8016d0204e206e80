import type { LambdaRuntime } from './sam-template.js'
import { writeSamTemplate } from './write-template.js'

/** The package command's flags for the template (main.ts sets their defaults). */
export interface TemplateFlags {
  out: string
  runtime: LambdaRuntime
  memory: number
  /** false with --no-template */
  template: boolean
}

/** package's last step: the SAM template beside the zip, and a line saying what to do with it. */
export function templateStep(flags: TemplateFlags): void {
  if (!flags.template) return
  const { file, written } = writeSamTemplate(flags.out, { runtime: flags.runtime, memoryMb: flags.memory })
  if (!written) {
    process.stderr.write(`warning: ${file} is not one package wrote: kept as it is, no template written (--no-template skips this step).\n`)
    return
  }
  process.stdout.write(
    `Wrote ${file} (AWS SAM, ${flags.runtime}, ${flags.memory} MB). Deploy: sam deploy --guided --template-file ${file} --capabilities CAPABILITY_IAM\n`,
  )
}
