import { expect } from 'chai'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ROOT, runCli } from '../cli/run-cli.js'

// docs/lambda.md's examples, replayed through `invoke --lambda --event --client-context`: the
// documented event and context give the documented answer, and the documented hint is the handler's.

const guide = fs.readFileSync(path.join(ROOT, 'docs/lambda.md'), 'utf8')
const blocks = [...guide.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => JSON.parse(match[1] as string) as Record<string, unknown>)
const [event, context, success, , hint] = blocks
const ENTRY = path.join(ROOT, 'test/fixtures/cli/lambda-guide-entry.js')

describe('docs/lambda.md', () => {
  let dir: string
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lambda-guide-'))))
  after(() => fs.rmSync(dir, { recursive: true, force: true }))

  async function invoke(eventValue: unknown, clientContext: unknown): Promise<{ code: number | null; json: unknown }> {
    const eventFile = path.join(dir, 'event.json')
    const contextFile = path.join(dir, 'client-context.json')
    fs.writeFileSync(eventFile, JSON.stringify(eventValue))
    fs.writeFileSync(contextFile, JSON.stringify(clientContext))
    const result = await runCli(['invoke', ENTRY, '--lambda', '--event', eventFile, '--client-context', contextFile])
    return { code: result.code, json: JSON.parse(result.stdout) as unknown }
  }

  it('the example event and clientContext are answered with the example success', async () => {
    expect(context).to.have.property('clientContext')
    const { code, json } = await invoke(event, context?.clientContext)
    expect(code).to.equal(0)
    expect(json).to.deep.equal(success)
  })

  it('the documented hint is what an HTTP-shaped event gets first', async () => {
    const { code, json } = await invoke({ requestContext: {}, headers: {}, body: '{}' }, {})
    expect(code).to.equal(1)
    expect((json as { errors: unknown[] }).errors[0]).to.deep.equal(hint)
  })

  it('the documented failure message is the JSON the handler rejects with', async () => {
    const failure = blocks[3] as { errorMessage: string }
    const { json } = await invoke({}, { diy: true, type: 'hook', function: 'nope' })
    expect(json).to.deep.equal(JSON.parse(failure.errorMessage))
  })
})
