'use strict'
// The echo hook of bench/functions.js written with the decorator API (decorators applied by
// hand: this file is plain JS). The method hands the call to the same callback-style function
// every other system serves, so that only the decorator layer differs from the plain API.
const { Diy, Hook, Module, bootstrap } = require('integrator-extension')
const functions = require('../functions.js')

class EchoHooks {
  preSavePage(options, callback) {
    functions.hooks.preSavePage(options, callback)
  }
}
const method = Object.getOwnPropertyDescriptor(EchoHooks.prototype, 'preSavePage')
Object.defineProperty(EchoHooks.prototype, 'preSavePage', Hook()(EchoHooks.prototype, 'preSavePage', method) ?? method)
Diy()(EchoHooks)

class AppModule {}
Module({ diy: EchoHooks })(AppModule)

exports.AppModule = AppModule
exports.start = (systemToken) =>
  bootstrap(AppModule)
    .express({ port: 0, host: '127.0.0.1', systemToken, shutdownOnSignals: false })
    .then((server) => server.port)
