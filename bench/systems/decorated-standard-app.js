'use strict'
// The echo hook of decorated-app.js with standard (TC39) decorators, applied by hand as TypeScript
// emits them with experimentalDecorators off: each decorator gets (value, context), the class's
// context.metadata becomes its [Symbol.metadata]. The hook's functions come from a service taken
// with inject(), so that bootstrap → first call includes the inject() path.
const { Diy, Hook, Injectable, Module, bootstrap, inject } = require('integrator-extension')
const functions = require('../functions.js')

/** Applies standard decorators to a class and its methods, in TypeScript's order (methods, then the class). */
function decorate(cls, classDecorators, methodDecorators = {}) {
  const metadata = Object.create(null)
  const context = (kind, name, extra) => ({ kind, name, metadata, addInitializer() {}, ...extra })
  for (const [name, decorators] of Object.entries(methodDecorators)) {
    for (const decorator of [...decorators].reverse()) decorator(cls.prototype[name], context('method', name, { static: false, private: false }))
  }
  for (const decorator of [...classDecorators].reverse()) decorator(cls, context('class', cls.name))
  Object.defineProperty(cls, Symbol.metadata, { value: metadata, enumerable: true, configurable: true, writable: true })
}

class EchoFunctions {
  constructor() {
    this.hooks = functions.hooks
  }
}
decorate(EchoFunctions, [Injectable()])

class EchoHooks {
  constructor() {
    this.functions = inject(EchoFunctions)
  }
  preSavePage(options, callback) {
    this.functions.hooks.preSavePage(options, callback)
  }
}
decorate(EchoHooks, [Diy()], { preSavePage: [Hook()] })

class AppModule {}
decorate(AppModule, [Module({ diy: EchoHooks, providers: [EchoFunctions] })])

exports.AppModule = AppModule
exports.start = (systemToken) =>
  bootstrap(AppModule)
    .express({ port: 0, host: '127.0.0.1', systemToken, shutdownOnSignals: false })
    .then((server) => server.port)
