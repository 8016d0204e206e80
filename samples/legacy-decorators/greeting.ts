import { createToken } from 'integrator-extension'

/** A configuration value: an interface, so it is provided and injected by token. */
export interface Greeting {
  readonly prefix: string
}

export const GREETING = createToken<Greeting>('GREETING')
