'use strict'
// decorated-standard-app.js in legacy form: decorators applied as TypeScript emits them with
// experimentalDecorators and emitDecoratorMetadata (the service recorded as the constructor's
// parameter type, injected by type). The pair compares bootstrap → first call across the modes.
require('reflect-metadata')
const { Diy, Hook, Injectable, Module, bootstrap } = require('integrator-extension')
const functions = require('../functions.js')

class EchoFunctions {
  constructor() {
    this.hooks = functions.hooks
  }
}
Injectable()(EchoFunctions)

class EchoHooks {
  constructor(echoFunctions) {
    this.functions = echoFunctions
  }
  preSavePage(options, callback) {
    this.functions.hooks.preSavePage(options, callback)
  }
}
const method = Object.getOwnPropertyDescriptor(EchoHooks.prototype, 'preSavePage')
Hook()(EchoHooks.prototype, 'preSavePage', method)
Diy()(EchoHooks)
Reflect.defineMetadata('design:paramtypes', [EchoFunctions], EchoHooks)

class AppModule {}
Module({ diy: EchoHooks, providers: [EchoFunctions] })(AppModule)

exports.AppModule = AppModule
exports.start = (systemToken) =>
  bootstrap(AppModule)
    .express({ port: 0, host: '127.0.0.1', systemToken, shutdownOnSignals: false })
    .then((server) => server.port)
