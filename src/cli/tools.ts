import { MissingPeerError, requireOptionalPeer } from '../core/optional-peer.js'

// The CLI's tools are optional peer dependencies: a production install of the runtime (what a
// Lambda zip or a server image holds) does not carry them; esbuild alone is 11 MB with its binary.
type Tools = { commander: typeof import('commander'); esbuild: typeof import('esbuild'); yazl: typeof import('yazl') }

/** One of the CLI's tools; missing, one line on stderr saying what to install, and exit code 2. */
export function tool<N extends keyof Tools>(name: N): Tools[N] {
  try {
    return requireOptionalPeer<Tools[N]>(name, 'the integrator-extension CLI')
  } catch (error) {
    if (!(error instanceof MissingPeerError)) throw error
    process.stderr.write(`error: ${error.message} (or all its tools: npm install --save-dev commander esbuild yazl)\n`)
    process.exit(2)
  }
}
