'use strict'
// The plain-API Lambda handler, as the original's users write it.
const { lambda } = require('integrator-extension')

exports.handler = lambda.createHandler({ diy: require('../functions.js') })
