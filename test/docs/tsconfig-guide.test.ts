import { expect } from 'chai'
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { ROOT, runCli } from '../cli/run-cli.js'

// The README's two tsconfig files, each in a project of its module kind that depends on this
// package (linked, as `npm install <tarball>` would place it): a decorated app compiles, and the
// compiled entry runs through the CLI. And the README's warning: `verbatimModuleSyntax` in a
// CommonJS project fails with TS1295.

const run = promisify(execFile)
const TSC = path.join(ROOT, 'node_modules/typescript/bin/tsc')

const APP = `import { bootstrap, Diy, Hook, Module, type PreMapOptions, type PreMapResult } from 'integrator-extension'

interface Order {
  id: string
  total: number
}

@Diy()
export class Orders {
  @Hook('preMap')
  async preMap(options: PreMapOptions<Order>): Promise<PreMapResult<Order>> {
    return options.data.map((order) => ({ data: { ...order, total: Math.round(order.total) } }))
  }
}

@Module({ diy: Orders })
export class AppModule {}

export const handler = bootstrap(AppModule).lambda()
`

const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')
const [commonjsConfig, esmConfig] = [...readme.matchAll(/```json\n([\s\S]*?)```/g)]
  .map((match) => match[1] as string)
  .filter((block) => block.includes('"compilerOptions"'))

/** A project folder under build/ (so @types/node resolves from the checkout) linking this package. */
function project(name: string, type: 'commonjs' | 'module', tsconfig: string): string {
  const dir = path.join(ROOT, 'build/tsconfig-guide', name)
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(path.join(dir, 'src'), { recursive: true })
  fs.mkdirSync(path.join(dir, 'node_modules'))
  fs.symlinkSync(ROOT, path.join(dir, 'node_modules/integrator-extension'), 'dir')
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, private: true, type }))
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), tsconfig)
  fs.writeFileSync(path.join(dir, 'src/index.ts'), APP)
  return dir
}

async function tsc(dir: string): Promise<{ ok: boolean; output: string }> {
  try {
    await run(process.execPath, [TSC, '-p', dir], { timeout: 60_000 })
    return { ok: true, output: '' }
  } catch (error) {
    return { ok: false, output: String((error as { stdout?: string }).stdout) }
  }
}

describe("README's tsconfig files", function () {
  this.timeout(60_000)
  after(() => fs.rmSync(path.join(ROOT, 'build/tsconfig-guide'), { recursive: true, force: true }))

  it('there are two: CommonJS without verbatimModuleSyntax, ES modules with it', () => {
    expect(commonjsConfig).to.be.a('string').and.not.contain('verbatimModuleSyntax')
    expect(esmConfig).to.be.a('string').and.contain('"verbatimModuleSyntax": true')
  })

  for (const [name, type, config] of [
    ['commonjs', 'commonjs', () => commonjsConfig],
    ['esm', 'module', () => esmConfig],
  ] as const) {
    it(`a ${type} project compiles a decorated app, and the CLI runs it`, async () => {
      const dir = project(name, type, config() as string)
      const compiled = await tsc(dir)
      expect(compiled.output).to.equal('')
      const event = path.join(dir, 'event.json')
      const clientContext = path.join(dir, 'client-context.json')
      fs.writeFileSync(event, JSON.stringify({ data: [{ id: 'o1', total: 9.6 }] }))
      fs.writeFileSync(clientContext, JSON.stringify({ diy: true, type: 'hook', function: 'preMap' }))
      const result = await runCli(['invoke', path.join(dir, 'dist/index.js'), '--lambda', '--event', event, '--client-context', clientContext])
      expect(result.code, result.stderr).to.equal(0)
      expect(JSON.parse(result.stdout)).to.deep.equal([{ data: { id: 'o1', total: 10 } }])
    })
  }

  it('verbatimModuleSyntax in a CommonJS project: TS1295, as the README warns', async () => {
    const compiled = await tsc(project('commonjs-verbatim', 'commonjs', esmConfig as string))
    expect(compiled.ok).to.equal(false)
    expect(compiled.output).to.contain('error TS1295')
  })
})
