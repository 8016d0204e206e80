'use strict'
// The echo hook of bench/functions.js written with the decorator API (decorators applied by
// hand: this file is plain JS). Check it against the decorator layer's final API when it lands.
const { Diy, Hook, Module, bootstrap } = require('integrator-extension')

class EchoHooks {
  async preSavePage(options) {
    return { data: options.data, errors: options.errors, abort: false, newErrorsAndRetryData: [] }
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
