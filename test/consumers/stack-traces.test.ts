import { expect } from 'chai'
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const ROOT = path.resolve(__dirname, '../../..')
const PROBE = path.join(ROOT, 'test/fixtures/stack/stack-probe.js')

/** The package's own frames of a stack taken inside a user function, in a fresh process. */
async function frames(execArgv: string[]): Promise<string[]> {
  const { stdout } = await run(process.execPath, [...execArgv, PROBE], { timeout: 15_000, cwd: ROOT })
  const line = stdout.split('\n').find((l) => l.startsWith('FRAMES '))
  if (line === undefined) throw new Error(`the probe printed no FRAMES line:\n${stdout}`)
  return JSON.parse(line.slice('FRAMES '.length)) as string[]
}

const location = /\((.*):(\d+):(\d+)\)$|at (.*):(\d+):(\d+)$/

describe('stack traces through the published files point at readable code (dist/ is bundled: tools/bundle.js)', () => {
  it('without source maps: frames in dist/, on lines of unminified code that name the function', async () => {
    const found = await frames([])
    expect(found, 'frames of dist/').to.not.deep.equal([])
    const callFunction = found.find((frame) => /\bcallFunction\b/.test(frame))
    expect(callFunction, found.join('\n')).to.not.equal(undefined)
    const [, file, line] = location.exec(callFunction!.trim())!
    // The Lambda host's bundle carries the call path (tools/bundle.js HOST).
    expect(file).to.match(/[\\/]dist[\\/]lambda[\\/]index\.js$/)
    const text = fs.readFileSync(file!, 'utf8').split('\n')[Number(line) - 1]!
    expect(text.length, 'a readable line, not a minified one').to.be.below(200)
    // The function the frame names is declared, by its name, in the same file.
    expect(fs.readFileSync(file!, 'utf8')).to.match(/function callFunction\(/)
  })

  it('with --enable-source-maps: the same frames point at src/*.ts, whose text the maps carry', async () => {
    const found = await frames(['--enable-source-maps'])
    const callFunction = found.find((frame) => /\bcallFunction\b/.test(frame))
    expect(callFunction, found.join('\n')).to.match(/[\\/]src[\\/]core[\\/]call-function\.ts:\d+:\d+\)?$/)
    // Every frame of the package maps to a TypeScript source; none is left in the bundle.
    for (const frame of found) expect(frame).to.match(/[\\/]src[\\/][\w/-]+\.ts:\d+:\d+\)?$/)
    const map = JSON.parse(fs.readFileSync(path.join(ROOT, 'dist/lambda/index.js.map'), 'utf8')) as { sources: string[]; sourcesContent?: (string | null)[] }
    const index = map.sources.findIndex((source) => source.endsWith('src/core/call-function.ts'))
    expect(index).to.be.at.least(0)
    expect(map.sourcesContent?.[index], 'the map embeds the source (src/ is not published)').to.include('export function callFunction')
  })
})
