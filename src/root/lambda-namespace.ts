import { createHandler } from '../lambda/index.js'

/** `require('integrator-extension').lambda`, as the original exposed it. */
export const lambda = { createHandler }
