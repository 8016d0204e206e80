import { expect } from 'chai'
import {
  bootstrap,
  BootstrapError,
  Connector,
  CircularDependencyError,
  DecoratorSetupError,
  DiyConnectorConflictError,
  Diy,
  DuplicateConnectorError,
  DuplicateFunctionError,
  ExtensionFunction,
  Hook,
  Inject,
  Injectable,
  InvalidDecoratorError,
  LifecycleScopeError,
  Module,
  ModuleDefinitionError,
  UnlistedClassError,
  UnresolvedDependencyError,
  Wrapper,
  type Class,
} from 'integrator-extension'
import { CaptureLogger } from '../support/capture-logger.js'

function bootstrapError(root: Class, type: Function, run: (root: Class) => unknown = (r) => bootstrap(r)): string {
  let thrown: unknown
  try {
    run(root)
  } catch (error) {
    thrown = error
  }
  expect(thrown, 'bootstrap should have thrown').to.be.instanceOf(type)
  expect(thrown).to.be.instanceOf(Error)
  expect((thrown as Error).name).to.equal(type.name)
  return (thrown as Error).message
}

describe('bootstrap: mistakes are caught before any call, with named errors that say how to fix them', () => {
  describe('function names', () => {
    it('two functions with the same name in one group of one connector', () => {
      @Connector('c')
      class Shop {
        @Hook('preSave') first() {}
        @Hook('preSave') second() {}
      }
      @Module({ connectors: [Shop] })
      class App {}
      expect(bootstrapError(App, DuplicateFunctionError)).to.equal(
        'Shop has two hooks named "preSave": first() and second(). A name must be unique within its group: ' + "give one another name, e.g. @Hook('second').",
      )
    })

    it('the same name in two groups is fine (control)', () => {
      @Connector('c')
      class Shop {
        @Hook('same') first() {}
        @Wrapper('same') second() {}
      }
      @Module({ connectors: [Shop] })
      class App {}
      expect(
        bootstrap(App)
          .describe()
          .map((e) => `${e.type}.${e.name}`),
      ).to.deep.equal(['hook.same', 'wrapper.same'])
    })

    it('a flat function named like a group', () => {
      @Connector('c')
      class Shop {
        @ExtensionFunction() hooks() {}
      }
      @Module({ connectors: [Shop] })
      class App {}
      expect(bootstrapError(App, DuplicateFunctionError)).to.equal(
        `Shop.hooks(): @ExtensionFunction() named "hooks" would replace the module's hooks group. Give it another name, e.g. @ExtensionFunction('hooksFunction').`,
      )
    })
  })

  describe('connectors and DIY', () => {
    it('two connectors with the same _connectorId, across modules', () => {
      @Connector('9ce4')
      class A {}
      @Connector('9ce4')
      class B {}
      @Module({ connectors: [B] })
      class Feature {}
      @Module({ connectors: [A], imports: [Feature] })
      class App {}
      expect(bootstrapError(App, DuplicateConnectorError)).to.equal(
        'Two connectors have the _connectorId "9ce4": A (in App) and B (in Feature). Each @Connector id must be unique in an application; ' +
          'list each connector class in one module only.',
      )
    })

    it('@Diy together with @Connector on one class', () => {
      @Diy()
      @Connector('c')
      class Both {}
      @Module({ connectors: [Both] })
      class App {}
      expect(bootstrapError(App, DiyConnectorConflictError)).to.equal(
        "Both has both @Diy() and @Connector('c'). A class is either a DIY integration or a connector: remove one of them.",
      )
    })

    it('a DIY module and a connector module in one application', () => {
      @Diy()
      class Mine {}
      @Connector('c')
      class Theirs {}
      @Module({ diy: Mine })
      class DiyModule {}
      @Module({ connectors: [Theirs], imports: [DiyModule] })
      class App {}
      expect(bootstrapError(App, DiyConnectorConflictError)).to.equal(
        'The application has both a DIY integration (Mine (in DiyModule)) and connectors (Theirs (in App)). integrator.io calls an extension ' +
          'either as DIY or by _connectorId: bootstrap them as two applications.',
      )
    })

    it('diy and connectors in one module', () => {
      @Diy()
      class Mine {}
      @Connector('c')
      class Theirs {}
      @Module({ diy: Mine, connectors: [Theirs] })
      class App {}
      expect(bootstrapError(App, DiyConnectorConflictError)).to.equal(
        'App lists both diy and connectors. integrator.io calls an extension either as DIY or by _connectorId: keep one.',
      )
    })

    it('a @Diy class listed as a connector', () => {
      @Diy()
      class Mine {}
      @Module({ connectors: [Mine] })
      class App {}
      expect(bootstrapError(App, DiyConnectorConflictError)).to.equal(
        "Mine is listed in App's connectors but is decorated with @Diy(): use @Module({ diy: Mine }).",
      )
    })

    it('a class listed in connectors without @Connector', () => {
      class Plain {
        @Hook() preMap() {}
      }
      @Module({ connectors: [Plain] })
      class App {}
      expect(bootstrapError(App, ModuleDefinitionError)).to.equal(
        "Plain is listed in App's connectors but has no @Connector(id): add @Connector('<_connectorId>') to Plain.",
      )
    })

    it('two DIY integrations', () => {
      @Diy()
      class One {}
      @Diy()
      class Two {}
      @Module({ diy: Two })
      class Other {}
      @Module({ diy: One, imports: [Other] })
      class App {}
      expect(bootstrapError(App, DuplicateConnectorError)).to.equal(
        'Two DIY integrations: One (in App) and Two (in Other). An application has one @Diy() class.',
      )
    })

    it('an application without connectors or diy', () => {
      @Module({})
      class App {}
      expect(bootstrapError(App, ModuleDefinitionError)).to.equal(
        'App and the modules it imports list no connectors and no diy. Add @Module({ connectors: [...] }) or @Module({ diy: ... }).',
      )
    })
  })

  describe('decorated classes no module lists', () => {
    it('a @Connector class given as a provider only', () => {
      @Connector('c')
      class Listed {}
      @Connector('d')
      class Forgotten {}
      @Module({ connectors: [Listed], providers: [Forgotten] })
      class App {}
      expect(bootstrapError(App, UnlistedClassError)).to.equal(
        "Forgotten is decorated with @Connector('d') but no module lists it (it is a provider of App). List it in @Module({ connectors: [Forgotten] }).",
      )
    })

    it('a service with function decorators, reached as a constructor dependency', () => {
      @Injectable()
      class Helper {
        @Hook() preMap() {}
      }
      @Connector('c')
      class Shop {
        constructor(readonly helper: Helper) {}
      }
      @Module({ connectors: [Shop], providers: [Helper] })
      class App {}
      expect(bootstrapError(App, UnlistedClassError)).to.equal(
        'Helper has @Hook() on preMap() but no module lists it as a connector or diy (it is a provider of App), so its functions would never be called. ' +
          "Add @Connector('<_connectorId>') and list it in @Module({ connectors: [Helper] }), or remove the decorators.",
      )
    })

    it('a decorated class reached only through a constructor type, provided nowhere', () => {
      @Connector('x')
      class Other {}
      @Connector('c')
      class Shop {
        constructor(readonly other: Other) {}
      }
      @Module({ connectors: [Shop] })
      class App {}
      expect(bootstrapError(App, UnlistedClassError)).to.match(
        /^Other is decorated with @Connector\('x'\) but no module lists it \(it is a constructor dependency of Shop\)/,
      )
    })

    it("a class a loaded module exports but no module lists: bootstrap warns (Node's require.cache, no registry), and starts", () => {
      @Connector('c')
      class Shop {}
      @Module({ connectors: [Shop] })
      class App {}
      const warnings = (): string[] => {
        const logger = new CaptureLogger()
        expect(bootstrap(App, { logger }).describe()).to.have.length(0)
        return logger.lines.filter((line) => line.level === 'warn').map((line) => line.message)
      }
      const forgotten = require.resolve('../support/forgotten-connector.js')
      const lists = require.resolve('../support/lists-forgotten.js')
      const message =
        "ForgottenConnector is decorated with @Connector('forgotten-id') but no @Module lists it, so its functions can never be called. " +
        'List it in @Module({ connectors: [ForgottenConnector] }).'
      try {
        expect(warnings()).not.to.include(message)
        require(forgotten)
        expect(warnings()).to.include(message)
        expect(warnings(), 'at each bootstrap: nothing is remembered').to.include(message)
        // A decorated class no module exports is not seen (docs/architecture.md says so).
        expect(warnings().join('\n')).not.to.include('HiddenConnector')
        // Once a loaded module lists it, it is listed somewhere.
        require(lists)
        expect(warnings()).not.to.include(message)
      } finally {
        delete require.cache[forgotten]
        delete require.cache[lists]
      }
      expect(warnings(), 'unloaded: not seen').not.to.include(message)
    })

    it("the application's own modules list what they list, exported or not", () => {
      const forgotten = require.resolve('../support/forgotten-connector.js')
      try {
        const { ForgottenConnector } = require(forgotten) as { ForgottenConnector: Class }
        @Module({ connectors: [ForgottenConnector] })
        class App {}
        const logger = new CaptureLogger()
        expect(bootstrap(App, { logger }).describe()).to.have.length(1)
        expect(logger.lines.filter((line) => line.level === 'warn')).to.deep.equal([])
      } finally {
        delete require.cache[forgotten]
      }
    })
  })

  describe('constructor dependencies', () => {
    it('a class nothing in the module provides', () => {
      class Http {}
      @Connector('c')
      class Shop {
        constructor(readonly http: Http) {}
      }
      @Module({ connectors: [Shop] })
      class App {}
      expect(bootstrapError(App, UnresolvedDependencyError)).to.equal(
        "Cannot resolve parameter #0 (Http) of Shop's constructor in App: nothing there provides Http. Add it to App's providers, " +
          'or import a module that provides and exports it (or mark the parameter @Optional()).',
      )
    })

    it('a provider of an imported module that it does not export', () => {
      class Http {}
      @Module({ providers: [Http] })
      class Shared {}
      @Connector('c')
      class Shop {
        constructor(readonly http: Http) {}
      }
      @Module({ connectors: [Shop], imports: [Shared] })
      class App {}
      expect(bootstrapError(App, UnresolvedDependencyError)).to.match(
        /^Cannot resolve parameter #0 \(Http\) of Shop's constructor in App: nothing there provides Http\./,
      )
    })

    it('an interface-typed parameter without @Inject', () => {
      interface Clock {
        now(): number
      }
      @Connector('c')
      class Shop {
        constructor(readonly clock: Clock) {}
      }
      @Module({ connectors: [Shop] })
      class App {}
      expect(bootstrapError(App, UnresolvedDependencyError)).to.equal(
        "Cannot resolve parameter #0 of Shop's constructor: its type (Object) is not known at run time (an interface, a union, " +
          'a primitive or a type-only import). Inject it by token: @Inject(TOKEN), and provide TOKEN.',
      )
    })

    it('a token a factory injects that nothing provides', () => {
      @Connector('c')
      class Shop {
        constructor(@Inject('URL') readonly url: string) {}
      }
      @Module({ connectors: [Shop], providers: [{ provide: 'URL', useFactory: (base: string) => `${base}/api`, inject: ['BASE'] }] })
      class App {}
      expect(bootstrapError(App, UnresolvedDependencyError)).to.equal(
        'Cannot resolve parameter #0 ("BASE") of the factory of "URL" (inject[0]) in App: nothing there provides "BASE". ' +
          `Add it to App's providers, or import a module that provides and exports it (or mark the parameter @Optional()).`,
      )
    })

    it('a class without decorators whose constructor takes parameters', () => {
      class Undecorated {
        constructor(readonly a: string) {}
      }
      @Connector('c')
      class Shop {
        constructor(readonly u: Undecorated) {}
      }
      @Module({ connectors: [Shop], providers: [Undecorated] })
      class App {}
      expect(bootstrapError(App, UnresolvedDependencyError)).to.equal(
        "Undecorated's constructor takes 1 parameter(s) but no types were recorded for them: the compiler emitted no decorator metadata " +
          '(esbuild, tsx, swc and vitest never do; tsc does only with "experimentalDecorators" and "emitDecoratorMetadata": true, for a class ' +
          "with a decorator such as @Injectable()). Either take the dependencies with inject(TOKEN) in Undecorated's field initializers or " +
          'constructor body, which works with every compiler, or compile with tsc with both flags on and decorate Undecorated with ' +
          '@Injectable() (or give each parameter @Inject(TOKEN)).',
      )
    })

    it('a dependency cycle through constructor parameters: found by bootstrap(), named', () => {
      @Injectable()
      class A {
        constructor(@Inject('B') readonly b: unknown) {}
      }
      @Injectable()
      class B {
        constructor(readonly a: A) {}
      }
      @Connector('c')
      class Shop {
        constructor(readonly a: A) {}
      }
      @Module({ connectors: [Shop], providers: [A, { provide: 'B', useClass: B }] })
      class App {}
      expect(bootstrapError(App, CircularDependencyError)).to.equal(
        'Circular dependency in App: A -> "B" -> A. Each needs the next to be created. Move what they share into a provider of its own ' +
          'that both depend on, or have one of them look the other up when called instead of when created.',
      )
    })
  })

  describe('decorators on something that is not a method', () => {
    it('a property', () => {
      @Connector('c')
      class Shop {
        // @ts-expect-error: TypeScript rejects it too; bootstrap catches it for JavaScript users and casts
        @Hook() preMap = () => 1
      }
      @Module({ connectors: [Shop] })
      class App {}
      expect(bootstrapError(App, InvalidDecoratorError)).to.equal('Shop.preMap: @Hook() is on a property, not a method. Put @Hook() on an instance method.')
    })

    it('an accessor', () => {
      @Connector('c')
      class Shop {
        @Wrapper() get ping() {
          return () => 1
        }
      }
      @Module({ connectors: [Shop] })
      class App {}
      expect(bootstrapError(App, InvalidDecoratorError)).to.equal(
        'Shop.ping: @Wrapper() is on an accessor, not a method. Put @Wrapper() on an instance method.',
      )
    })

    it('a static method', () => {
      @Connector('c')
      class Shop {
        @Hook() static preMap() {}
      }
      @Module({ connectors: [Shop] })
      class App {}
      expect(bootstrapError(App, InvalidDecoratorError)).to.equal('Shop.preMap: @Hook() is on a static method. Put @Hook() on an instance method.')
    })

    it('the class itself', () => {
      // @ts-expect-error: a method decorator on a class
      @Hook()
      @Connector('c')
      class Shop {}
      @Module({ connectors: [Shop] })
      class App {}
      expect(bootstrapError(App, InvalidDecoratorError)).to.equal('Shop: @Hook() is on the class itself, not on a method. Put @Hook() on an instance method.')
    })

    it('@Inject on a method parameter', () => {
      @Connector('c')
      class Shop {
        @Hook() preMap(@Inject('X') _x: unknown) {}
      }
      @Module({ connectors: [Shop] })
      class App {}
      expect(bootstrapError(App, InvalidDecoratorError)).to.equal(
        'Shop.preMap: @Inject() is on a parameter of the method preMap(). Only constructor parameters are injected: put @Inject() on a constructor parameter.',
      )
    })

    it('a bad argument: an empty name, an empty _connectorId', () => {
      @Connector('c')
      class Shop {
        @Hook('') preMap() {}
      }
      @Module({ connectors: [Shop] })
      class App {}
      expect(bootstrapError(App, InvalidDecoratorError)).to.equal(
        "Shop.preMap: @Hook() has an empty name. Use @Hook('name') or ({ name, kind }) with non-empty strings.",
      )
      @Connector('')
      class NoId {}
      @Module({ connectors: [NoId] })
      class Other {}
      expect(bootstrapError(Other, InvalidDecoratorError)).to.equal(
        "NoId: @Connector() needs the _connectorId as a non-empty string. Write @Connector('<_connectorId>'), the id integrator.io sends.",
      )
    })

    it('a parameter decorator called as a standard (TC39) decorator fails when the class is defined, pointing to inject()', () => {
      const asStandard = Inject('X') as unknown as (value: unknown, context: object) => void
      expect(() => asStandard(undefined, { kind: 'field', name: 'x', metadata: {} })).to.throw(DecoratorSetupError, /inject dependencies with inject\(TOKEN\)/)
    })

    it('a standard decorator whose class has no context.metadata (Symbol.metadata missing) fails when the class is defined', () => {
      const asStandard = Hook() as unknown as (value: unknown, context: object) => void
      expect(() => asStandard(() => 1, { kind: 'method', name: 'x', metadata: undefined })).to.throw(DecoratorSetupError, /Symbol\.metadata/)
    })
  })

  describe('modules', () => {
    it('bootstrap of a class that is not a module', () => {
      class NotAModule {}
      expect(bootstrapError(NotAModule, ModuleDefinitionError)).to.equal(
        'NotAModule given to bootstrap() is not decorated with @Module({...}): add @Module({ ... }) to it.',
      )
    })

    it('an import that is not a module', () => {
      class Helper {}
      @Diy()
      class Mine {}
      @Module({ diy: Mine, imports: [Helper] })
      class App {}
      expect(bootstrapError(App, ModuleDefinitionError)).to.equal("Helper (App's imports[0]) is not decorated with @Module({...}): add @Module({ ... }) to it.")
    })

    it('a provider of no known shape', () => {
      @Diy()
      class Mine {}
      @Module({ diy: Mine, providers: [{ provide: 'X', useVaule: 1 } as never] })
      class App {}
      expect(bootstrapError(App, ModuleDefinitionError)).to.equal(
        "App's providers[0] is neither a class nor { provide, useClass | useValue | useFactory | useExisting }.",
      )
    })

    it('an export the module neither provides nor imports', () => {
      @Diy()
      class Mine {}
      @Module({ diy: Mine, exports: ['CONFIG'] })
      class App {}
      expect(bootstrapError(App, ModuleDefinitionError)).to.equal(
        `App exports "CONFIG" but neither provides it nor imports a module that exports it: add "CONFIG" to App's providers, or remove it from exports.`,
      )
    })

    it('a transient provider with lifecycle hooks', () => {
      @Injectable({ scope: 'transient' })
      class Pool {
        onInit() {}
      }
      @Diy()
      class Mine {}
      @Module({ diy: Mine, providers: [Pool] })
      class App {}
      expect(bootstrapError(App, LifecycleScopeError)).to.equal(
        'Pool is transient but declares onInit(): lifecycle hooks run once, for singletons. Make Pool a singleton, or do the work in its constructor.',
      )
    })
  })

  it('every one of them is a BootstrapError', () => {
    for (const type of [
      InvalidDecoratorError,
      DuplicateFunctionError,
      DuplicateConnectorError,
      DiyConnectorConflictError,
      UnlistedClassError,
      UnresolvedDependencyError,
      ModuleDefinitionError,
      LifecycleScopeError,
    ]) {
      expect(Object.getPrototypeOf(type.prototype)).to.equal(BootstrapError.prototype)
    }
  })
})
