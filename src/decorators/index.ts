// Standard decorators need Symbol.metadata set before the first decorated class is defined.
import '../symbol-metadata.js'

export { Module } from './module.js'
export { Connector, type ConnectorMetadata } from './connector.js'
export { Diy } from './diy.js'
export { Hook } from './hook.js'
export { Wrapper } from './wrapper.js'
export { Installer } from './installer.js'
export { Uninstaller } from './uninstaller.js'
export { Setting } from './setting.js'
export { Utility } from './utility.js'
export { ExtensionFunction } from './extension-function.js'
export { Injectable } from './injectable.js'
export { Inject } from './inject.js'
export { Optional } from './optional.js'
export { inject, type InjectOptions } from '../container/inject.js'
export type { AnyModeClassDecorator, AnyModeMethodDecorator } from './standard/decorator-types.js'
export { createToken, type Class, type AbstractClass, type InjectionToken, type Token } from './token.js'
export type { FunctionDecoratorOptions, FunctionGroup } from './function-metadata.js'
export type {
  ModuleOptions,
  Provider,
  ClassProvider,
  ValueProvider,
  FactoryProvider,
  ExistingProvider,
  InjectSpec,
  InjectableOptions,
  Scope,
} from './module-metadata.js'
