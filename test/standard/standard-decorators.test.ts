// Compiled with "experimentalDecorators" off (test/standard/tsconfig.json): every decorator is
// called in the standard (TC39) form, `(value, context)`, and records through context.metadata.
import { expect } from 'chai'
import {
  bootstrap,
  Connector,
  Diy,
  ExtensionFunction,
  Hook,
  inject,
  Injectable,
  Installer,
  InvalidDecoratorError,
  Module,
  Setting,
  Uninstaller,
  Utility,
  Wrapper,
  type Class,
  type Logger,
  type PreMapOptions,
  type PreMapResult,
} from 'integrator-extension'
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

const quiet: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined }
const call = (app: Class, extensionOptions: Record<string, unknown>, options: Record<string, unknown> = {}) =>
  bootstrap(app, { logger: quiet }).invoke(extensionOptions as never, options as never)

function bootstrapError(root: Class, type: Function): string {
  try {
    bootstrap(root, { logger: quiet })
  } catch (error) {
    expect(error).to.be.instanceOf(type)
    return (error as Error).message
  }
  throw new Error('bootstrap() did not throw')
}

describe('standard (TC39) decorators: each decorator, compiled with experimentalDecorators off', () => {
  @Injectable({ scope: 'transient' })
  class Counter {
    static created = 0
    readonly n = ++Counter.created
  }

  @Connector('all')
  class Everything {
    private readonly first = inject(Counter)
    private readonly second = inject(Counter)

    @Hook('preMap') preMap(options: PreMapOptions): PreMapResult {
      return options.data.map((data) => ({ data }))
    }
    @Hook({ kind: 'preMap', name: 'renamed' }) other(options: PreMapOptions): PreMapResult {
      return options.data.map(() => ({}))
    }
    @Wrapper('pingConnection') ping() {
      return { statusCode: 200 }
    }
    @Installer() connectorInstallerFunction() {
      return { success: true }
    }
    @Uninstaller() connectorUninstallerFunction() {
      return { success: true }
    }
    @Setting() persistSettings(options: { pending: unknown }) {
      return { saved: options.pending }
    }
    @Utility('reindex') utility() {
      return { transient: this.first.n !== this.second.n }
    }
    @ExtensionFunction() formInit() {
      return { fieldMap: {}, layout: {} }
    }
  }

  @Module({ providers: [Counter] })
  class Services {}

  @Module({ imports: [Services], connectors: [Everything], providers: [Counter] })
  class App {}

  it('@Module, @Connector, @Injectable and every function decorator are read from context.metadata', () => {
    const manifest = bootstrap(App, { logger: quiet })
      .describe()
      .map((e) => `${e.group}.${e.name}${e.kind ? `:${e.kind}` : ''}=${e.methodName}`)
    expect(manifest).to.deep.equal([
      'hooks.preMap:preMap=preMap',
      'hooks.renamed:preMap=other',
      'wrappers.pingConnection=ping',
      'installer.connectorInstallerFunction=connectorInstallerFunction',
      'uninstaller.connectorUninstallerFunction=connectorUninstallerFunction',
      'settings.persistSettings=persistSettings',
      'utilities.reindex=utility',
      'flat.formInit=formInit',
    ])
    expect(Object.hasOwn(Everything, (Symbol as { metadata?: symbol }).metadata as symbol)).to.equal(true)
  })

  it('each group answers a call; @Injectable({ scope: "transient" }) gives each inject() its own instance', async () => {
    const c = { _connectorId: 'all' }
    expect(await call(App, { ...c, type: 'hook', function: 'preMap' }, { data: [1] })).to.deep.equal([{ data: 1 }])
    expect(await call(App, { ...c, type: 'hook', function: 'renamed' }, { data: [1] })).to.deep.equal([{}])
    expect(await call(App, { ...c, type: 'wrapper', function: 'pingConnection' })).to.deep.equal({ statusCode: 200 })
    expect(await call(App, { ...c, type: 'installer', function: 'connectorInstallerFunction' })).to.deep.equal({ success: true })
    expect(await call(App, { ...c, type: 'uninstaller', function: 'connectorUninstallerFunction' })).to.deep.equal({ success: true })
    expect(await call(App, { ...c, type: 'setting', function: 'persistSettings' }, { pending: { a: 1 } })).to.deep.equal({ saved: { a: 1 } })
    expect(await call(App, { ...c, type: 'utility', function: 'reindex' })).to.deep.equal({ transient: true })
    expect(await call(App, { ...c, function: 'formInit' })).to.deep.equal({ fieldMap: {}, layout: {} })
  })

  it('@Diy', async () => {
    @Diy()
    class Orders {
      @Hook('preMap') preMap(options: PreMapOptions): PreMapResult {
        return options.data.map(() => ({ data: 'diy' }))
      }
    }
    @Module({ diy: Orders })
    class DiyApp {}
    expect(await call(DiyApp, { diy: true, type: 'hook', function: 'preMap' }, { data: [1] })).to.deep.equal([{ data: 'diy' }])
  })

  it('a subclass inherits its base class functions and may decorate a method again (metadata per class level)', async () => {
    class Base {
      @Hook() preMap() {
        return 'base'
      }
      @Wrapper() pingConnection() {
        return 'base ping'
      }
    }
    @Connector('sub')
    class Sub extends Base {
      @Hook('mapped') override preMap() {
        return 'sub'
      }
    }
    @Module({ connectors: [Sub] })
    class SubApp {}
    const names = bootstrap(SubApp, { logger: quiet })
      .describe()
      .map((e) => `${e.group}.${e.name}`)
    expect(names).to.deep.equal(['wrappers.pingConnection', 'hooks.mapped'])
    expect(await call(SubApp, { _connectorId: 'sub', type: 'hook', function: 'mapped' })).to.equal('sub')
    expect(await call(SubApp, { _connectorId: 'sub', type: 'wrapper', function: 'pingConnection' })).to.equal('base ping')
  })

  describe('misuses are reported by bootstrap() as in legacy mode', () => {
    // Each decorator below is cast: TypeScript refuses them in standard mode too; bootstrap() catches JavaScript users.
    const asAny = (decorator: unknown) => decorator as (value: unknown, context: unknown) => void

    it('a function decorator on a property, an accessor, a static method, a private method; a class decorator on a method', () => {
      const cases: Array<[Class, string]> = []
      @Connector('c')
      class OnField {
        @asAny(Hook()) preMap = () => 1
      }
      cases.push([OnField, 'OnField.preMap: @Hook() is on a property, not a method. Put @Hook() on an instance method.'])
      @Connector('c')
      class OnGetter {
        @asAny(Wrapper()) get ping() {
          return () => 1
        }
      }
      cases.push([OnGetter, 'OnGetter.ping: @Wrapper() is on an accessor, not a method. Put @Wrapper() on an instance method.'])
      @Connector('c')
      class OnStatic {
        @asAny(Hook()) static preMap() {}
      }
      cases.push([OnStatic, 'OnStatic.preMap: @Hook() is on a static method. Put @Hook() on an instance method.'])
      @Connector('c')
      class OnPrivate {
        @asAny(Hook()) #preMap() {}
        used() {
          return this.#preMap
        }
      }
      cases.push([OnPrivate, 'OnPrivate.#preMap: @Hook() is on a private (#) method, which the framework cannot call. Put @Hook() on an instance method.'])
      @asAny(Hook())
      @Connector('c')
      class OnClass {}
      cases.push([OnClass, 'OnClass: @Hook() is on the class itself, not on a method. Put @Hook() on an instance method.'])
      @Connector('c')
      class ClassDecoratorOnMethod {
        @asAny(Injectable()) run() {}
      }
      cases.push([
        ClassDecoratorOnMethod,
        'ClassDecoratorOnMethod.run: @Injectable() is on a class member, not on a class. Put @Injectable() on the class declaration.',
      ])

      for (const [connector, message] of cases) {
        @Module({ connectors: [connector] })
        class MisuseApp {}
        expect(bootstrapError(MisuseApp, InvalidDecoratorError)).to.equal(message)
      }
    })
  })

  it('Symbol.metadata is set by importing the package, before a fresh process defines its first decorated class', async () => {
    // A fresh process whose first import is the compiled standard-mode sample: its classes are defined
    // right after `require('integrator-extension')`, so context.metadata must already exist.
    const root = path.resolve(__dirname, '../../..')
    const script = [
      `const native = typeof Symbol.metadata`,
      `const { handler } = require('./build/samples/standard-decorators/handler.js')`,
      `const context = { clientContext: { _connectorId: 'shop', type: 'hook', function: 'preMap' }, awsRequestId: 'r' }`,
      `console.log = () => undefined`,
      `handler({ data: [{ id: 'a', total: 1 }] }, context).then((r) => process.stdout.write(JSON.stringify({ native, set: Symbol.metadata === Symbol.for('Symbol.metadata'), r })))`,
    ].join(';')
    const { stdout } = await promisify(execFile)(process.execPath, ['-e', script], { cwd: root, timeout: 15_000 })
    const { native, set, r } = JSON.parse(stdout) as { native: string; set: boolean; r: unknown }
    // Node 20-24 have no Symbol.metadata of their own: the package sets it to the key esbuild also uses.
    if (native === 'undefined') expect(set).to.equal(true)
    expect(r).to.deep.equal([{ data: { id: 'a', total: 1, tag: 'tag-a' } }])
  })
})
