'use strict'
// The decorated app's Lambda handler, as the decorator API's users write it.
const { bootstrap } = require('integrator-extension')
const { AppModule } = require('../systems/decorated-app.js')

exports.handler = bootstrap(AppModule).lambda()
