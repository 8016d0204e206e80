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
import type * as Decorators from './decorators/index.js'
import type * as Contracts from './contracts/index.js'

export type * from './decorators/index.js'
export type * from './contracts/index.js'

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
export declare const inject: typeof Decorators.inject
export declare const CONTRACT_KINDS: typeof Contracts.CONTRACT_KINDS
export declare const isContractKind: typeof Contracts.isContractKind
export declare const withKind: typeof Contracts.withKind

const decorators = onFirstRead<typeof Decorators>(() => require('./decorators/index.js') as typeof Decorators)
const contracts = onFirstRead<typeof Contracts>(() => require('./contracts/index.js') as typeof Contracts)

Object.defineProperty(exports, 'Module', { enumerable: true, get: function () { return decorators.Module } })
Object.defineProperty(exports, 'Connector', { enumerable: true, get: function () { return decorators.Connector } })
Object.defineProperty(exports, 'Diy', { enumerable: true, get: function () { return decorators.Diy } })
Object.defineProperty(exports, 'Hook', { enumerable: true, get: function () { return decorators.Hook } })
Object.defineProperty(exports, 'Wrapper', { enumerable: true, get: function () { return decorators.Wrapper } })
Object.defineProperty(exports, 'Installer', { enumerable: true, get: function () { return decorators.Installer } })
Object.defineProperty(exports, 'Uninstaller', { enumerable: true, get: function () { return decorators.Uninstaller } })
Object.defineProperty(exports, 'Setting', { enumerable: true, get: function () { return decorators.Setting } })
Object.defineProperty(exports, 'Utility', { enumerable: true, get: function () { return decorators.Utility } })
Object.defineProperty(exports, 'ExtensionFunction', { enumerable: true, get: function () { return decorators.ExtensionFunction } })
Object.defineProperty(exports, 'Injectable', { enumerable: true, get: function () { return decorators.Injectable } })
Object.defineProperty(exports, 'Inject', { enumerable: true, get: function () { return decorators.Inject } })
Object.defineProperty(exports, 'Optional', { enumerable: true, get: function () { return decorators.Optional } })
Object.defineProperty(exports, 'createToken', { enumerable: true, get: function () { return decorators.createToken } })
Object.defineProperty(exports, 'inject', { enumerable: true, get: function () { return decorators.inject } })
Object.defineProperty(exports, 'CONTRACT_KINDS', { enumerable: true, get: function () { return contracts.CONTRACT_KINDS } })
Object.defineProperty(exports, 'isContractKind', { enumerable: true, get: function () { return contracts.isContractKind } })
Object.defineProperty(exports, 'withKind', { enumerable: true, get: function () { return contracts.withKind } })

/** An object whose properties are those of the module `load` returns, loaded on the first read. */
function onFirstRead<T extends object>(load: () => T): T {
  let loaded: T | undefined
  return new Proxy({} as T, { get: (_target, key) => (loaded ??= load())[key as keyof T] })
}
