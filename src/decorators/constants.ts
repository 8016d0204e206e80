/** Reflect-metadata keys written by the decorators and read by the scanner: defined here only. */
export const METADATA = {
  module: 'integrator-extension:module',
  connector: 'integrator-extension:connector',
  diy: 'integrator-extension:diy',
  injectable: 'integrator-extension:injectable',
  functions: 'integrator-extension:functions',
  injectParameters: 'integrator-extension:inject-parameters',
  optionalParameters: 'integrator-extension:optional-parameters',
  misuses: 'integrator-extension:misuses',
} as const

/** Written by TypeScript itself (`emitDecoratorMetadata`): a class's constructor parameter types. */
export const DESIGN_PARAMTYPES = 'design:paramtypes'
