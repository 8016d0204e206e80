'use strict'
// The decorated app's Lambda handler with standard (TC39) decorators and inject().
const { bootstrap } = require('integrator-extension')
const { AppModule } = require('../systems/decorated-standard-app.js')

exports.handler = bootstrap(AppModule).lambda()
