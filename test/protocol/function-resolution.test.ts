import { expect } from 'chai'
import { startTestServer, type TestServer } from '../support/test-server.js'

const invalidFunction = { code: 'invalid_function', message: "The function passed in the extension options doesn't map to a function." }
const objectNotFound = (type: string) => ({ code: 'object_not_found', message: `The object ${type} doesn't exist in the module.` })

class FlatModule {
  private readonly greeting = 'hello from the instance'
  formInit(): string {
    return this.greeting
  }
}

const functions = {
  hooks: { which: () => 'hooks' },
  wrappers: { which: () => 'wrappers' },
  settings: { which: () => 'settings' },
  utilities: { which: () => 'utilities' },
  installer: { which: () => 'installer' },
  uninstaller: { which: () => 'uninstaller' },
  custom: { which: () => 'custom' },
  which: () => 'flat',
  notAFunction: 42,
}

describe('protocol.md §1–2: resolving type and function', () => {
  let server: TestServer
  let classServer: TestServer
  before(async () => {
    server = await startTestServer({ diy: functions })
    classServer = await startTestServer({ connectors: { flat: new FlatModule() } })
  })
  after(async () => {
    await server.close()
    await classServer.close()
  })

  const groups: Array<[string | undefined, string]> = [
    ['hook', 'hooks'],
    ['wrapper', 'wrappers'],
    ['setting', 'settings'],
    ['utility', 'utilities'],
    ['installer', 'installer'],
    ['uninstaller', 'uninstaller'],
    ['custom', 'custom'],
    [undefined, 'flat'],
  ]
  for (const [type, expected] of groups) {
    it(`type ${type ?? '(absent)'} is looked up in ${expected}`, async () => {
      const response = await server.call({ diy: true, type, function: 'which', options: {} })
      expect(response.status).to.equal(200)
      expect(response.json).to.equal(expected)
    })
  }

  it('a type naming a missing group → object_not_found', async () => {
    const response = await server.call({ diy: true, type: 'export', function: 'which', options: {} })
    expect(response.status).to.equal(422)
    expect(response.json).to.deep.equal({ errors: [objectNotFound('export')] })
  })

  it('a name that is not a function there → invalid_function', async () => {
    for (const name of ['missing', 'notAFunction']) {
      const response = await server.call({ diy: true, function: name, options: {} })
      expect(response.json).to.deep.equal({ errors: [invalidFunction] })
    }
  })

  for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'isPrototypeOf']) {
    it(`inherited member "${name}" is never called → invalid_function`, async () => {
      for (const type of [undefined, 'hook']) {
        const response = await server.call({ diy: true, type, function: name, options: {} })
        expect(response.status).to.equal(422)
        expect(response.json).to.deep.equal({ errors: [invalidFunction] })
      }
      const onClass = await classServer.call({ _connectorId: 'flat', function: name, options: {} })
      expect(onClass.json).to.deep.equal({ errors: [invalidFunction] })
    })
  }

  for (const type of ['constructor', '__proto__', 'toString']) {
    it(`inherited member as a type ("${type}") → object_not_found`, async () => {
      const response = await server.call({ diy: true, type, function: 'call', options: {} })
      expect(response.json).to.deep.equal({ errors: [objectNotFound(type)] })
    })
  }

  it('_connectorId naming an inherited member is not a connector', async () => {
    const response = await classServer.call({ _connectorId: 'constructor', function: 'formInit', options: {} })
    expect(response.status).to.equal(422)
    expect((response.json as { errors: Array<{ code: string }> }).errors[0]?.code).to.equal('invalid_field')
  })

  it('a class instance as a flat module: prototype methods work, with `this` bound', async () => {
    const response = await classServer.call({ _connectorId: 'flat', function: 'formInit', options: {} })
    expect(response.status).to.equal(200)
    expect(response.json).to.equal('hello from the instance')
  })

  it('functions in a group get `this` bound to the group object', async () => {
    const group = {
      prefix: 'grouped',
      tag(this: { prefix: string }) {
        return this.prefix
      },
    }
    const local = await startTestServer({ diy: { hooks: group } })
    try {
      const response = await local.call({ diy: true, type: 'hook', function: 'tag', options: {} })
      expect(response.json).to.equal('grouped')
    } finally {
      await local.close()
    }
  })
})
