import { expect } from 'chai'
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { EXPECTED_OUTPUT } from './expected-output.js'

const run = promisify(execFile)
// NODE_EXTRA_CA_CERTS costs ~80 ms per process start and these children make no TLS calls.
const env = { ...process.env, NODE_EXTRA_CA_CERTS: '' }

async function runNode(file: string): Promise<unknown> {
  const { stdout } = await run(process.execPath, [path.join(__dirname, file)], { env, timeout: 15_000 })
  return JSON.parse(stdout.trim().split('\n').pop() ?? '')
}

describe('the package, as its consumers load it (child processes)', function () {
  this.timeout(30_000)

  it('a CommonJS consumer (.cjs) bootstraps, invokes, serves Lambda and Express', async () => {
    expect(await runNode('cjs-consumer.cjs')).to.deep.equal(EXPECTED_OUTPUT)
  })

  it('an ES module consumer (.mjs) does the same', async () => {
    expect(await runNode('esm-consumer.mjs')).to.deep.equal(EXPECTED_OUTPUT)
  })

  it('importing the package or creating a plain Lambda handler loads neither inversify nor Express; decorators load reflect-metadata, bootstrap() inversify (bundled: never from node_modules)', async () => {
    expect(await runNode('load-probe.js')).to.deep.equal({
      import: [],
      createHandler: [],
      decorate: ['reflect-metadata'],
      bootstrap: ['inversify', 'reflect-metadata'],
      lambda: ['inversify', 'reflect-metadata'],
      inversifyFromNodeModules: [],
    })
  })
})
