import type { ExtensionConfig } from 'integrator-extension'
import { functions } from './functions.js'

/** The entry the CLI serves, invokes, lists and packages: a plain DIY config. */
export const config: ExtensionConfig = { diy: functions }
