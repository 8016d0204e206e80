import fs from 'node:fs'
import path from 'node:path'
import { samTemplate, type LambdaRuntime } from './sam-template.js'
import { toYaml } from './yaml.js'

/** The first line of every template we write: one without it is the user's, and is left alone. */
export const TEMPLATE_MARK = '# Written by `integrator-extension package`: the function and the IAM user integrator.io invokes it with.'
export const TEMPLATE_NAME = 'template.yaml'

export interface WrittenTemplate {
  file: string
  /** False when a template.yaml of the user's own is there: it is kept. */
  written: boolean
}

/** Writes template.yaml beside the zip (`sam deploy` finds it there), unless one not ours is there. */
export function writeSamTemplate(zip: string, options: { runtime: LambdaRuntime; memoryMb: number }): WrittenTemplate {
  const file = path.join(path.dirname(zip), TEMPLATE_NAME)
  const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined
  if (existing !== undefined && !existing.startsWith(TEMPLATE_MARK)) return { file, written: false }
  const yaml = toYaml(samTemplate({ codeUri: path.basename(zip), ...options }))
  fs.writeFileSync(file, `${TEMPLATE_MARK}\n# Deploy: sam deploy --guided --capabilities CAPABILITY_IAM (integrator-extension: docs/deploy.md).\n${yaml}`)
  return { file, written: true }
}
