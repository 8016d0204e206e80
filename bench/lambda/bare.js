'use strict'
// The bare Lambda handler: async, calls the same hook, no framework.
const functions = require('../functions.js')

exports.handler = async (event) =>
  new Promise((resolve, reject) => functions.hooks.preSavePage(event, (error, result) => (error ? reject(error) : resolve(result))))
