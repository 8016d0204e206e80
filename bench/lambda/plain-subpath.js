'use strict'
// The plain-API Lambda handler through the Lambda host's own entry point, `integrator-extension/lambda`.
const { createHandler } = require('integrator-extension/lambda')

exports.handler = createHandler({ diy: require('../functions.js') })
