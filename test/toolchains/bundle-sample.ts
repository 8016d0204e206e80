import { build } from 'esbuild'
import path from 'node:path'

const root = path.resolve(__dirname, '../../..')

/**
 * Bundles a sample's `app.module.ts` with esbuild, as tsx, vitest and esbuild-based bundlers
 * compile TypeScript: no type information, so no decorator metadata. `mode` picks the decorator
 * mode: 'standard' reads the sample's own tsconfig, 'legacy' turns experimentalDecorators on.
 * The package itself stays external (resolved from build/, inside this package).
 */
export function bundleSample<T>(sample: string, mode: 'standard' | 'legacy'): Promise<T> {
  return bundle<T>(path.join(root, 'samples', sample, 'app.module.ts'), `esbuild-${sample}-${mode}.js`, mode)
}

/** Bundles one entry file (a path from the package root's point of view) the same way. */
export async function bundle<T>(entry: string, name: string, mode: 'standard' | 'legacy'): Promise<T> {
  const outfile = path.join(root, 'build/toolchains', name)
  await build({
    entryPoints: [path.resolve(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['integrator-extension'],
    logLevel: 'silent',
    ...(mode === 'legacy' ? { tsconfigRaw: { compilerOptions: { experimentalDecorators: true } } } : {}),
  })
  delete require.cache[outfile]
  return require(outfile) as T
}
