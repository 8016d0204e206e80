import { expect } from 'chai'
import { spawn } from 'node:child_process'
import path from 'node:path'
import { TOKEN } from '../support/test-server.js'

const MAIN = path.join(__dirname, '../support/logging-app-main.js')

interface Answer {
  status: number
  code?: string
}

/**
 * Runs the decorated app on the real Express host in a child process with `env`, sends the
 * requests every test reads, closes it with SIGTERM and returns its stdout (the log) and the answers.
 */
async function serveAndLog(env: Record<string, string | undefined>): Promise<{ stdout: string; answers: Record<string, Answer> }> {
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, NODE_ENV: undefined, LOG_LEVEL: undefined, NO_COLOR: undefined, AWS_LAMBDA_FUNCTION_NAME: undefined, ...env },
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  try {
    const port = await new Promise<number>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString()
        const found = /PORT (\d+)/.exec(stderr)
        if (found) resolve(Number(found[1]))
      })
      child.once('exit', () => reject(new Error(`the app exited before listening:\n${stderr}`)))
    })
    const post = async (body: string, headers: Record<string, string> = {}): Promise<Answer> => {
      const response = await fetch(`http://127.0.0.1:${port}/function`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', ...headers },
        body,
      })
      const text = await response.text()
      const parsed = (text === '' ? {} : JSON.parse(text)) as { errors?: Array<{ code: string }> }
      return { status: response.status, code: parsed.errors?.[0]?.code }
    }
    const call = (fn: string, options: object) => JSON.stringify({ _connectorId: 'c1', type: 'hook', function: fn, options })
    const answers = {
      ok: await post(call('work', { n: 7, _flowId: 'f7' }), { traceid: 'tr-ok' }),
      failed: await post(call('refuse', {})),
      unauthorized: await post(call('work', { n: 1 }), { authorization: 'Bearer wrong' }),
      unsupported: await post(call('work', { n: 1 }), { 'content-type': 'text/plain' }),
      malformed: await post('{"_connectorId": "c1",'),
    }
    child.kill('SIGTERM')
    expect(await exited, stderr).to.equal(0)
    return { stdout, answers }
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  }
}

describe('one log format per host: the real Express host in a child process', function () {
  this.timeout(30_000)

  it('production: the access lines and the ExtensionContext lines are the same JSON lines, with a timestamp', async () => {
    const { stdout, answers } = await serveAndLog({ NODE_ENV: 'production' })
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>)
    for (const line of lines) {
      expect(Object.keys(line).slice(0, 2), JSON.stringify(line)).to.deep.equal(['level', 'message'])
      expect(Object.keys(line).at(-1)).to.equal('timestamp')
      expect(new Date(line.timestamp as string).toISOString()).to.equal(line.timestamp)
    }
    const working = lines.find((line) => line.message === 'working')
    const access = lines.find((line) => line.url === '/function' && line.status === 200)
    expect(working).to.include({ level: 'info', n: 7, connector: 'c1', type: 'hook', function: 'work', _flowId: 'f7', traceId: 'tr-ok' })
    // The user's line carries the access line's request id: one call, one id.
    expect(working?.requestId).to.be.a('string').and.equal(access?.requestId)
    expect(answers.ok.status).to.equal(200)
  })

  it('failed calls (422, 401, 415, a malformed body) are logged at warn, with the code the caller read', async () => {
    const { stdout, answers } = await serveAndLog({ NODE_ENV: 'production' })
    const access = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => line.url === '/function')
    expect(access.map((line) => [line.level, line.status, line.errorCode])).to.deep.equal([
      ['info', 200, undefined],
      ['warn', 422, 'refused_here'],
      ['warn', 401, 'unauthorized'],
      ['warn', 415, 'unsupported_media_type'],
      ['warn', 400, 'invalid_json'],
    ])
    expect(Object.values(answers).map((answer) => answer.code)).to.deep.equal(access.map((line) => line.errorCode))
    // The user's warning is the host's warning too.
    expect(stdout).to.match(/"level":"warn","message":"refusing","requestId":/)
  })

  it('development, piped: readable lines for both, and no colour codes off a terminal', async () => {
    const { stdout } = await serveAndLog({ NODE_ENV: 'development' })
    expect(stdout).not.to.include('\x1b')
    const lines = stdout.trim().split('\n')
    const time = '\\d\\d:\\d\\d:\\d\\d\\.\\d{3}'
    expect(lines.find((line) => line.includes(' working '))).to.match(
      new RegExp(`^${time} info working  requestId=\\S+ traceId=tr-ok connector=c1 type=hook function=work _flowId=f7 n=7$`),
    )
    expect(lines.find((line) => line.includes('POST /function 422'))).to.match(new RegExp(`^${time} warn POST /function 422 .* errorCode=refused_here`))
  })

  it('LOG_LEVEL=warn: only warnings and errors are written', async () => {
    const { stdout } = await serveAndLog({ NODE_ENV: 'production', LOG_LEVEL: 'WARN' })
    const levels = new Set(
      stdout
        .trim()
        .split('\n')
        .map((line) => (JSON.parse(line) as { level: string }).level),
    )
    expect([...levels]).to.deep.equal(['warn'])
  })
})
