'use strict'
// The same app in legacy form, its service injected by constructor type: the cold-start pair of decorated-standard.js.
const { bootstrap } = require('integrator-extension')
const { AppModule } = require('../systems/decorated-legacy-di-app.js')

exports.handler = bootstrap(AppModule).lambda()
