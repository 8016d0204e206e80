'use strict'
// The plain-API handler with its per-invocation log line dropped (warnings and errors kept):
// shows what that one console line costs. Information only; the product logs every call.
const { lambda } = require('integrator-extension')

const quiet = { info() {}, warn: (message, meta) => console.warn(message, meta), error: (message, meta) => console.error(message, meta) }
exports.handler = lambda.createHandler({ diy: require('../functions.js'), logger: quiet })
