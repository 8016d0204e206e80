import { expect } from 'chai'
import {
  bootstrap,
  Connector,
  Diy,
  ExtensionFunction,
  FUNCTION_KIND,
  Hook,
  kindOf,
  Module,
  Setting,
  Wrapper,
  type Callback,
  type ExtensionConfig,
} from 'integrator-extension'

@Connector('shop')
class Shop {
  private readonly name = 'shop'
  @Hook({ kind: 'preSavePage', name: 'preSavePageFunction' }) preSave() {
    return { data: [this.name] }
  }
  @Hook() callbackStyle(_options: unknown, callback: Callback) {
    callback(null, this.name)
  }
  @Wrapper({ kind: 'ping' }) pingConnection() {
    return { statusCode: 200 as const }
  }
  @ExtensionFunction({ kind: 'formInit' }) formInit() {
    return {}
  }
  notExposed() {
    return 'never'
  }
}

@Module({ connectors: [Shop] })
class AppModule {}

type Fn = (...args: unknown[]) => unknown

describe('scanner: toConfig() builds the plain config', () => {
  let config: ExtensionConfig
  let shop: Record<string, Record<string, Fn> | Fn>
  let hooks: Record<string, Fn>
  before(() => {
    config = bootstrap(AppModule).toConfig()
    shop = config.connectors?.shop as typeof shop
    hooks = shop.hooks as typeof hooks
  })

  it('groups only what is decorated, flat functions on the module itself', () => {
    expect(Object.keys(config)).to.deep.equal(['connectors'])
    expect(Object.keys(shop)).to.deep.equal(['hooks', 'wrappers', 'formInit'])
    expect(Object.keys(hooks)).to.deep.equal(['preSavePageFunction', 'callbackStyle'])
  })

  it('each function is bound to its instance, and keeps its arity (callback style is detected by it)', () => {
    const unbound = hooks.preSavePageFunction as Fn
    expect(unbound.call(undefined)).to.deep.equal({ data: ['shop'] })
    expect(hooks.callbackStyle?.length).to.equal(2)
  })

  it('a kind given to the decorator is set on the function under FUNCTION_KIND', () => {
    expect(kindOf(hooks.preSavePageFunction)).to.equal('preSavePage')
    expect(kindOf((shop.wrappers as Record<string, Fn>).pingConnection)).to.equal('ping')
    expect((shop.formInit as unknown as Record<symbol, unknown>)[FUNCTION_KIND]).to.equal('formInit')
    expect(kindOf(hooks.callbackStyle)).to.equal(undefined)
  })

  it('a DIY application gives { diy }', () => {
    @Diy()
    class Mine {
      @Setting() persistSettings() {
        return 'saved'
      }
    }
    @Module({ diy: Mine })
    class DiyModule {}
    const diy = bootstrap(DiyModule).toConfig()
    expect(Object.keys(diy)).to.deep.equal(['diy'])
    expect(Object.keys((diy.diy as Record<string, object>).settings as object)).to.deep.equal(['persistSettings'])
  })

  it('the same config object every time', () => {
    const app = bootstrap(AppModule)
    expect(app.toConfig()).to.equal(app.toConfig())
  })
})

describe('scanner: describe() lists every function as JSON-able data, without starting the app', () => {
  it('connector, type, group, name, kind, class and method', () => {
    let constructed = false
    @Connector('lazy')
    class Lazy {
      constructor() {
        constructed = true
      }
      @Hook({ kind: 'preMap', name: 'mapIt' }) map() {
        return []
      }
      @ExtensionFunction() step() {}
    }
    @Module({ connectors: [Lazy] })
    class App {}
    const manifest = bootstrap(App).describe()
    expect(JSON.parse(JSON.stringify(manifest))).to.deep.equal([
      { connector: 'lazy', type: 'hook', group: 'hooks', name: 'mapIt', kind: 'preMap', className: 'Lazy', methodName: 'map', source: 'Lazy.map' },
      { connector: 'lazy', group: 'flat', name: 'step', className: 'Lazy', methodName: 'step', source: 'Lazy.step' },
    ])
    expect(constructed).to.equal(false)
  })

  it('a DIY application is listed as connector "diy"', () => {
    @Diy()
    class Mine {
      @Hook() preMap() {}
    }
    @Module({ diy: Mine })
    class App {}
    expect(
      bootstrap(App)
        .describe()
        .map((e) => e.connector),
    ).to.deep.equal(['diy'])
  })
})
