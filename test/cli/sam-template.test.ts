import { expect } from 'chai'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ROOT, SAMPLE, runCli } from './run-cli.js'

const { toYaml } = require(path.join(ROOT, 'dist/cli/sam/yaml.js')) as { toYaml(value: unknown): string }
// js-yaml comes with mocha: a real YAML reader to check the emitter against.
const { load } = require('js-yaml') as { load(text: string): unknown }

interface Linter {
  name: string
  /** Exit code 0: valid; the output says why not. */
  lint(file: string): { ok: boolean; output: string }
}

/** The Python cfn-lint where it is on PATH (CI installs it where it can), and the npm cfn-lint (a devDependency). */
function linters(): { found: Linter[]; missing: string[] } {
  const found: Linter[] = []
  const missing: string[] = []
  const pythonBin = pythonCfnLint()
  const python = pythonBin === undefined ? undefined : spawnSync(pythonBin, ['--version'], { encoding: 'utf8' })
  if (pythonBin !== undefined && python?.status === 0) {
    found.push({ name: `cfn-lint (Python, ${python.stdout.trim()})`, lint: (file) => run(pythonBin, [file]) })
  } else {
    missing.push('the Python cfn-lint is not on PATH (pip install cfn-lint)')
  }
  const npmBin = path.join(ROOT, 'node_modules/cfn-lint/lib/index.js')
  if (fs.existsSync(npmBin)) {
    // cfn-lint 1.9 calls util.isUndefined, which Node 23 removed: give it back, to that process only.
    const shim = "require('node:util').isUndefined ??= (value) => value === undefined"
    found.push({
      name: 'cfn-lint (npm)',
      lint: (file) => run(process.execPath, ['--eval', `${shim}; require(process.argv[1])`, '--', npmBin, 'validate', file]),
    })
  } else {
    missing.push('the npm cfn-lint is not installed (npm install)')
  }
  return { found, missing }
}

/** `cfn-lint` on PATH, but not the npm one that `npm test` puts there (node_modules/.bin). */
function pythonCfnLint(): string | undefined {
  for (const folder of (process.env.PATH ?? '').split(path.delimiter)) {
    if (folder === '' || folder.split(path.sep).includes('node_modules')) continue
    const candidate = path.join(folder, 'cfn-lint')
    try {
      fs.accessSync(candidate, fs.constants.X_OK)
      return candidate
    } catch {
      // not here
    }
  }
  return undefined
}

function run(command: string, args: string[]): { ok: boolean; output: string } {
  const result = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } })
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` }
}

describe('CLI: package writes an AWS SAM template beside the zip', function () {
  this.timeout(60_000)
  let dir: string
  const { found, missing } = linters()

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ie-sam-'))
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  async function packageInto(...extra: string[]): Promise<string> {
    const result = await runCli(['package', SAMPLE, '--out', path.join(dir, 'lambda.zip'), ...extra])
    expect(result.code, result.stderr).to.equal(0)
    return result.stdout
  }

  it('template.yaml: the function (runtime, handler, zip, timeout, memory) and an IAM user allowed to invoke only it', async () => {
    const stdout = await packageInto('--runtime', 'nodejs24.x', '--memory', '1024')
    expect(stdout).to.contain(`Wrote ${path.join(dir, 'template.yaml')} (AWS SAM, nodejs24.x, 1024 MB)`)
    // biome-ignore lint/suspicious/noExplicitAny: parsed JSON/YAML read by a test
    const template = load(fs.readFileSync(path.join(dir, 'template.yaml'), 'utf8')) as Record<string, any>
    expect(template.Transform).to.equal('AWS::Serverless-2016-10-31')
    expect(template.Resources.ExtensionFunction).to.deep.equal({
      Type: 'AWS::Serverless::Function',
      Properties: {
        CodeUri: 'lambda.zip',
        Handler: 'index.handler',
        Runtime: 'nodejs24.x',
        Timeout: 300,
        MemorySize: 1024,
        Environment: { Variables: { NODE_ENV: 'production' } },
      },
    })
    expect(template.Resources.IntegratorInvokeUser.Properties.Policies[0].PolicyDocument.Statement).to.deep.equal([
      {
        Effect: 'Allow',
        Action: 'lambda:InvokeFunction',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation's Fn::Sub syntax
        Resource: [{ 'Fn::GetAtt': ['ExtensionFunction', 'Arn'] }, { 'Fn::Sub': '${ExtensionFunction.Arn}:*' }],
      },
    ])
    expect(template.Resources.IntegratorInvokeKey.Type).to.equal('AWS::IAM::AccessKey')
    // The secret goes to Secrets Manager; no output carries it.
    // biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation's Fn::Sub syntax
    expect(template.Resources.IntegratorInvokeKeySecret.Properties.SecretString['Fn::Sub']).to.contain('${IntegratorInvokeKey.SecretAccessKey}')
    expect(JSON.stringify(template.Outputs)).not.to.contain('SecretAccessKey')
    expect(Object.keys(template.Outputs)).to.deep.equal(['FunctionName', 'FunctionArn', 'Region', 'AccessKeyId', 'AccessKeySecretArn'])
  })

  it('defaults: nodejs22.x, 512 MB', async () => {
    await packageInto()
    const text = fs.readFileSync(path.join(dir, 'template.yaml'), 'utf8')
    expect(text).to.contain('Runtime: nodejs22.x\n').and.to.contain('MemorySize: 512\n')
  })

  it("a template.yaml of the user's own is kept (a warning says so); --no-template writes none", async () => {
    fs.writeFileSync(path.join(dir, 'template.yaml'), 'mine\n')
    const result = await runCli(['package', SAMPLE, '--out', path.join(dir, 'lambda.zip')])
    expect(result.code).to.equal(0)
    expect(result.stderr).to.match(/^warning: .*template\.yaml is not one package wrote: kept/)
    expect(fs.readFileSync(path.join(dir, 'template.yaml'), 'utf8')).to.equal('mine\n')
    fs.rmSync(path.join(dir, 'template.yaml'))
    await packageInto('--no-template')
    expect(fs.existsSync(path.join(dir, 'template.yaml'))).to.equal(false)
    expect(fs.existsSync(path.join(dir, 'lambda.zip'))).to.equal(true)
  })

  it('a bad --runtime or --memory is a usage error (exit 2)', async () => {
    for (const extra of [
      ['--runtime', 'nodejs20.x'],
      ['--memory', '64'],
    ]) {
      const result = await runCli(['package', SAMPLE, '--out', path.join(dir, 'lambda.zip'), ...extra])
      expect(result.code).to.equal(2)
      expect(result.stderr).to.match(/^error: option '--(runtime|memory) .*' argument '.*' is invalid\. must be/)
    }
  })

  describe('cfn-lint', () => {
    before(function () {
      if (found.length === 0) {
        console.log(`      (skipped: no cfn-lint: ${missing.join('; ')})`)
        this.skip()
      } else if (missing.length > 0) {
        console.log(`      (only ${found.map((l) => l.name).join(', ')}: ${missing.join('; ')})`)
      }
    })

    it('passes the template for every runtime, with every cfn-lint available', async () => {
      for (const runtime of ['nodejs22.x', 'nodejs24.x']) {
        await packageInto('--runtime', runtime)
        for (const linter of found) {
          const result = linter.lint(path.join(dir, 'template.yaml'))
          expect(result.ok, `${linter.name} on ${runtime}:\n${result.output}`).to.equal(true)
        }
      }
    })

    it('catches a broken template (the policy names a function that is not there), so the check above can fail', async () => {
      await packageInto()
      const file = path.join(dir, 'template.yaml')
      const broken = fs.readFileSync(file, 'utf8').replace(/Fn::GetAtt:\n(\s+)- ExtensionFunction\n/, 'Fn::GetAtt:\n$1- NoSuchFunction\n')
      expect(broken).to.contain('NoSuchFunction')
      fs.writeFileSync(file, broken)
      for (const linter of found) {
        const result = linter.lint(file)
        expect(result.ok, linter.name).to.equal(false)
        expect(result.output, linter.name).to.contain('NoSuchFunction')
      }
    })
  })

  describe('the YAML emitter', () => {
    it('writes what a YAML reader reads back as the same value', () => {
      const value = {
        plain: 'index.handler',
        colons: 'AWS::Serverless::Function',
        words: ['yes', 'No', 'true', 'null', 'on', '~', 'y'],
        numbers: ['2010-09-09', '300', '1e3', '0x10', '.5'],
        punctuation: ['a: b', '- x', '#comment', 'trailing:', ' lead', 'quote"s', "it's", '{}', '[x]', '*ref', '&anchor', '!tag', '%', '@', '`', '|', '>'],
        unicode: 'café ✓\n\ttabbed',
        nothing: null,
        numbersAndBooleans: [0, -1.5, 300, true, false],
        empty: { list: [], map: {} },
        nested: [[1, [2]], { a: [{ b: 'c' }] }, []],
        'key: with colon': 1,
        'Fn::GetAtt': ['A', 'Arn'],
        true: 'a key that reads as a boolean',
      }
      expect(load(toYaml(value))).to.deep.equal(value)
    })

    it('keeps CloudFormation names plain', () => {
      expect(toYaml({ Type: 'AWS::IAM::User', Ref: 'AWS::Region', Action: 'lambda:InvokeFunction', Version: '2012-10-17' })).to.equal(
        'Type: AWS::IAM::User\nRef: AWS::Region\nAction: lambda:InvokeFunction\nVersion: "2012-10-17"\n',
      )
    })
  })
})
