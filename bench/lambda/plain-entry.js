'use strict'
// The plain-API entry as users hand it to `integrator-extension package`: the config only; the
// packaged index.js makes the handler (lambdaHandlerFromEntry). The decorated counterpart is
// bench/systems/decorated-app.js, which exports its @Module class.
module.exports = { diy: require('../functions.js') }
