'use strict'
// The one extension function every system serves: an echo preSavePage hook, callback style
// (as the original package's users write it), so that only the host's cost differs.

function preSavePage(options, callback) {
  callback(null, { data: options.data, errors: options.errors, abort: false, newErrorsAndRetryData: [] })
}

module.exports = { hooks: { preSavePage } }
