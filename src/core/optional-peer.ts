/**
 * Loads an optional peer dependency: a package the runtime uses only for one feature (the CLI's
 * tools, Prometheus metrics), so a production install of the package does not carry it. Missing,
 * it is an error that says what needs it and the one command that installs it.
 */
export function requireOptionalPeer<T>(name: string, neededFor: string): T {
  try {
    return require(name) as T
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException
    if (code !== 'MODULE_NOT_FOUND' || !String(message).includes(`'${name}'`)) throw error
    throw new MissingPeerError(name, neededFor)
  }
}

export class MissingPeerError extends Error {
  override name = 'MissingPeerError'
  constructor(
    readonly packageName: string,
    neededFor: string,
  ) {
    super(`${neededFor} needs ${packageName}, an optional peer dependency of integrator-extension: npm install ${packageName}`)
  }
}
