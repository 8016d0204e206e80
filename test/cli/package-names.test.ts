import { expect } from 'chai'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ROOT, SAMPLE, runCli } from './run-cli.js'

const FIXTURES = path.join(ROOT, 'test/fixtures/cli/same-class-names')

/** Packages `entry`, unzips it, and returns its index.js and the answer of one hook call in a fresh process. */
async function packaged(entry: string, fn: string): Promise<{ bundle: string; answer: unknown }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ie-package-names-'))
  try {
    const zip = path.join(dir, 'out.zip')
    const result = await runCli(['package', entry, '--out', zip, '--no-template'])
    expect(result.code, result.stderr).to.equal(0)
    const task = path.join(dir, 'task')
    execFileSync('unzip', ['-q', zip, '-d', task])
    const script = `require('./index.js').handler({ data: [] }, { clientContext: { diy: true, type: 'hook', function: ${JSON.stringify(fn)} } }).then((r) => console.log(JSON.stringify(r)))`
    const stdout = execFileSync(process.execPath, ['-e', script], { cwd: task, encoding: 'utf8', env: { ...process.env, NODE_EXTRA_CA_CERTS: '' } })
    return { bundle: fs.readFileSync(path.join(task, 'index.js'), 'utf8'), answer: JSON.parse(stdout.trim().split('\n').pop() as string) }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

describe('package: names as written, without a __name() call per closure', () => {
  it('a zip keeps its functions and classes named as written, with no keepNames helper', async () => {
    const { bundle, answer } = await packaged(SAMPLE, 'preSavePageFunction')
    expect(answer).to.have.property('data')
    expect(bundle).to.not.include('__name(')
    // Identifiers are not minified: our functions read as in the source (stack traces, messages).
    expect(bundle).to.match(/function callFunction\(/)
  })

  it('two classes of the same name in one entry: the zip falls back to keepNames, and each class keeps its name', async () => {
    const { bundle, answer } = await packaged(path.join(FIXTURES, 'entry.mjs'), 'names')
    expect(answer).to.deep.include({ data: ['Helper', 'Helper'] })
    // Minified with keepNames: the helper esbuild writes for it sets the names back.
    expect(bundle).to.match(/"name",\{value:/)
  })
})
