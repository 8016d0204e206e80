'use strict'
// The decorated app's Lambda handler; exits with code 3 when the decorator layer is not on this branch.
const api = require('integrator-extension')

if (typeof api.bootstrap !== 'function') process.exit(3)
const { AppModule } = require('../systems/decorated-app.js')
exports.handler = api.bootstrap(AppModule).lambda()
