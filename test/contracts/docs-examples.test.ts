import { execFile } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { expect } from 'chai'
import { CONTRACT_KINDS } from 'integrator-extension'

const root = join(__dirname, '..', '..', '..')
const docs = join(root, 'docs', 'contracts')
const PAGES = { hook: 'hooks.md', wrapper: 'wrappers.md', installer: 'installer.md', uninstaller: 'uninstaller.md', setting: 'settings.md', flat: 'flat.md' }

/** The ```ts blocks of a page (blocks tagged otherwise, e.g. ```ts decorators, are prose). */
function examples(page: string): string[] {
  return [...readFileSync(join(docs, page), 'utf8').matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1] as string)
}

/** One page's sections: `## kind` → its text. */
function sections(page: string): Map<string, string> {
  const text = readFileSync(join(docs, page), 'utf8')
  return new Map(
    text
      .split(/^## /m)
      .slice(1)
      .map((part) => [part.slice(0, part.indexOf('\n')).trim(), part]),
  )
}

describe('docs/contracts', () => {
  it('each group page has a section with a ts example for every kind of its group', () => {
    for (const [group, page] of Object.entries(PAGES)) {
      const found = sections(page)
      for (const kind of CONTRACT_KINDS[group as keyof typeof PAGES]) {
        const section = found.get(kind)
        expect(section, `${page}: ## ${kind}`).to.be.a('string')
        expect(section, `${page}: ## ${kind} has an example`).to.match(/^```ts\n/m)
      }
    }
  })

  it('every ts example compiles against the built package (strict)', async function () {
    this.timeout(60_000)
    const out = join(root, 'build', 'docs-examples')
    rmSync(out, { recursive: true, force: true })
    mkdirSync(out, { recursive: true })
    let count = 0
    for (const page of ['README.md', ...Object.values(PAGES)]) {
      examples(page).forEach((code, i) => {
        writeFileSync(join(out, `${page.replace('.md', '')}-${i + 1}.ts`), code)
        count++
      })
    }
    writeFileSync(
      join(out, 'tsconfig.json'),
      JSON.stringify({ extends: '../../tsconfig.json', compilerOptions: { noEmit: true, rootDir: '.', types: ['node'] }, include: ['./*.ts'] }),
    )
    expect(count).to.be.greaterThan(25)
    const tsc = join(root, 'node_modules', '.bin', 'tsc')
    const result = await promisify(execFile)(tsc, ['-p', join(out, 'tsconfig.json')], { cwd: root }).then(
      () => '',
      (error: { stdout?: string }) => error.stdout ?? String(error),
    )
    expect(result).to.equal('')
  })
})
