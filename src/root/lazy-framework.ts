// The decorator framework's values (the decorators, createToken, the contract helpers), each
// loaded from its module when first read. The package root is also the plain API's import
// (`require('integrator-extension').lambda`, a Lambda cold start): eagerly, decorators/ and
// contracts/ were ~40 of its ~65 files, every one resolved, read and compiled at each start.
// A decorated app reads them when its classes are defined, so it loads them as before; the
// values are the modules' own (same identity), reached through getters like those of `export *`.
//
// The getters are written out one by one, in the form Node's CommonJS export detection
// (cjs-module-lexer) recognises, so that `import { Hook } from 'integrator-extension'` in an ES
// module still finds every name. The declarations below give TypeScript the same exports.
import type * as Decorators from '../decorators/index.js'
import type * as Contracts from '../contracts/index.js'
import type * as Injection from '../container/inject.js'
import type * as Context from '../context/index.js'
import type * as Errors from '../errors/index.js'
import { loadOnce } from './load-once.js'

export type * from '../decorators/index.js'
export type * from '../contracts/index.js'
export type { InjectOptions } from '../container/inject.js'

export declare const Module: typeof Decorators.Module
export declare const Connector: typeof Decorators.Connector
export declare const Diy: typeof Decorators.Diy
export declare const Hook: typeof Decorators.Hook
export declare const Wrapper: typeof Decorators.Wrapper
export declare const Installer: typeof Decorators.Installer
export declare const Uninstaller: typeof Decorators.Uninstaller
export declare const Setting: typeof Decorators.Setting
export declare const Utility: typeof Decorators.Utility
export declare const ExtensionFunction: typeof Decorators.ExtensionFunction
export declare const Injectable: typeof Decorators.Injectable
export declare const Inject: typeof Decorators.Inject
export declare const Optional: typeof Decorators.Optional
export declare const createToken: typeof Decorators.createToken
export declare const inject: typeof Injection.inject
export declare const CONTRACT_KINDS: typeof Contracts.CONTRACT_KINDS
export declare const isContractKind: typeof Contracts.isContractKind
export declare const withKind: typeof Contracts.withKind

// The framework's error classes and ExtensionContext: classes, so each is a type and a value.
// A plain-API Lambda cold start never reads them (errors/ and context/: 2 of the root's 8 files).
export type BootstrapError = Errors.BootstrapError
export declare const BootstrapError: typeof Errors.BootstrapError
export type InvalidDecoratorError = Errors.InvalidDecoratorError
export declare const InvalidDecoratorError: typeof Errors.InvalidDecoratorError
export type DuplicateFunctionError = Errors.DuplicateFunctionError
export declare const DuplicateFunctionError: typeof Errors.DuplicateFunctionError
export type DuplicateConnectorError = Errors.DuplicateConnectorError
export declare const DuplicateConnectorError: typeof Errors.DuplicateConnectorError
export type DiyConnectorConflictError = Errors.DiyConnectorConflictError
export declare const DiyConnectorConflictError: typeof Errors.DiyConnectorConflictError
export type UnlistedClassError = Errors.UnlistedClassError
export declare const UnlistedClassError: typeof Errors.UnlistedClassError
export type UnresolvedDependencyError = Errors.UnresolvedDependencyError
export declare const UnresolvedDependencyError: typeof Errors.UnresolvedDependencyError
export type CircularDependencyError = Errors.CircularDependencyError
export declare const CircularDependencyError: typeof Errors.CircularDependencyError
export type ModuleDefinitionError = Errors.ModuleDefinitionError
export declare const ModuleDefinitionError: typeof Errors.ModuleDefinitionError
export type LifecycleScopeError = Errors.LifecycleScopeError
export declare const LifecycleScopeError: typeof Errors.LifecycleScopeError
export type OverrideError = Errors.OverrideError
export declare const OverrideError: typeof Errors.OverrideError
export type DecoratorSetupError = Errors.DecoratorSetupError
export declare const DecoratorSetupError: typeof Errors.DecoratorSetupError
export type NoCallContextError = Errors.NoCallContextError
export declare const NoCallContextError: typeof Errors.NoCallContextError
export type InjectContextError = Errors.InjectContextError
export declare const InjectContextError: typeof Errors.InjectContextError
export type ApplicationClosedError = Errors.ApplicationClosedError
export declare const ApplicationClosedError: typeof Errors.ApplicationClosedError
export type ExtensionContext = Context.ExtensionContext
export declare const ExtensionContext: typeof Context.ExtensionContext

const decorators = onFirstRead(loadOnce(() => require('../decorators/index.js') as typeof Decorators))
const contracts = onFirstRead(loadOnce(() => require('../contracts/index.js') as typeof Contracts))
// inject() is the container's (it resolves while a provider is created), beside the decorators.
const injection = onFirstRead(loadOnce(() => require('../container/inject.js') as typeof Injection))
const errors = onFirstRead(loadOnce(() => require('../errors/index.js') as typeof Errors))
const context = onFirstRead(loadOnce(() => require('../context/index.js') as typeof Context))

Object.defineProperty(exports, 'Module', {
  enumerable: true,
  get: function () {
    return decorators.Module
  },
})
Object.defineProperty(exports, 'Connector', {
  enumerable: true,
  get: function () {
    return decorators.Connector
  },
})
Object.defineProperty(exports, 'Diy', {
  enumerable: true,
  get: function () {
    return decorators.Diy
  },
})
Object.defineProperty(exports, 'Hook', {
  enumerable: true,
  get: function () {
    return decorators.Hook
  },
})
Object.defineProperty(exports, 'Wrapper', {
  enumerable: true,
  get: function () {
    return decorators.Wrapper
  },
})
Object.defineProperty(exports, 'Installer', {
  enumerable: true,
  get: function () {
    return decorators.Installer
  },
})
Object.defineProperty(exports, 'Uninstaller', {
  enumerable: true,
  get: function () {
    return decorators.Uninstaller
  },
})
Object.defineProperty(exports, 'Setting', {
  enumerable: true,
  get: function () {
    return decorators.Setting
  },
})
Object.defineProperty(exports, 'Utility', {
  enumerable: true,
  get: function () {
    return decorators.Utility
  },
})
Object.defineProperty(exports, 'ExtensionFunction', {
  enumerable: true,
  get: function () {
    return decorators.ExtensionFunction
  },
})
Object.defineProperty(exports, 'Injectable', {
  enumerable: true,
  get: function () {
    return decorators.Injectable
  },
})
Object.defineProperty(exports, 'Inject', {
  enumerable: true,
  get: function () {
    return decorators.Inject
  },
})
Object.defineProperty(exports, 'Optional', {
  enumerable: true,
  get: function () {
    return decorators.Optional
  },
})
Object.defineProperty(exports, 'createToken', {
  enumerable: true,
  get: function () {
    return decorators.createToken
  },
})
Object.defineProperty(exports, 'inject', {
  enumerable: true,
  get: function () {
    return injection.inject
  },
})
Object.defineProperty(exports, 'CONTRACT_KINDS', {
  enumerable: true,
  get: function () {
    return contracts.CONTRACT_KINDS
  },
})
Object.defineProperty(exports, 'isContractKind', {
  enumerable: true,
  get: function () {
    return contracts.isContractKind
  },
})
Object.defineProperty(exports, 'withKind', {
  enumerable: true,
  get: function () {
    return contracts.withKind
  },
})
Object.defineProperty(exports, 'BootstrapError', {
  enumerable: true,
  get: function () {
    return errors.BootstrapError
  },
})
Object.defineProperty(exports, 'InvalidDecoratorError', {
  enumerable: true,
  get: function () {
    return errors.InvalidDecoratorError
  },
})
Object.defineProperty(exports, 'DuplicateFunctionError', {
  enumerable: true,
  get: function () {
    return errors.DuplicateFunctionError
  },
})
Object.defineProperty(exports, 'DuplicateConnectorError', {
  enumerable: true,
  get: function () {
    return errors.DuplicateConnectorError
  },
})
Object.defineProperty(exports, 'DiyConnectorConflictError', {
  enumerable: true,
  get: function () {
    return errors.DiyConnectorConflictError
  },
})
Object.defineProperty(exports, 'UnlistedClassError', {
  enumerable: true,
  get: function () {
    return errors.UnlistedClassError
  },
})
Object.defineProperty(exports, 'UnresolvedDependencyError', {
  enumerable: true,
  get: function () {
    return errors.UnresolvedDependencyError
  },
})
Object.defineProperty(exports, 'CircularDependencyError', {
  enumerable: true,
  get: function () {
    return errors.CircularDependencyError
  },
})
Object.defineProperty(exports, 'ModuleDefinitionError', {
  enumerable: true,
  get: function () {
    return errors.ModuleDefinitionError
  },
})
Object.defineProperty(exports, 'LifecycleScopeError', {
  enumerable: true,
  get: function () {
    return errors.LifecycleScopeError
  },
})
Object.defineProperty(exports, 'OverrideError', {
  enumerable: true,
  get: function () {
    return errors.OverrideError
  },
})
Object.defineProperty(exports, 'DecoratorSetupError', {
  enumerable: true,
  get: function () {
    return errors.DecoratorSetupError
  },
})
Object.defineProperty(exports, 'NoCallContextError', {
  enumerable: true,
  get: function () {
    return errors.NoCallContextError
  },
})
Object.defineProperty(exports, 'InjectContextError', {
  enumerable: true,
  get: function () {
    return errors.InjectContextError
  },
})
Object.defineProperty(exports, 'ApplicationClosedError', {
  enumerable: true,
  get: function () {
    return errors.ApplicationClosedError
  },
})
Object.defineProperty(exports, 'ExtensionContext', {
  enumerable: true,
  get: function () {
    return context.ExtensionContext
  },
})

/** An object whose properties are those of the module `load` returns, loaded on the first read. */
function onFirstRead<T extends object>(load: () => T): T {
  return new Proxy({} as T, { get: (_target, key) => load()[key as keyof T] })
}
