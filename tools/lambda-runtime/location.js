'use strict'
// Where install.js puts the Lambda runtime and where the real-runtime tests look for it:
// $LAMBDA_RUNTIME_CACHE (default <repo>/.cache/lambda-runtime), then a folder named for the
// pins (a hash of package.json and package-lock.json beside this file).
const { createHash } = require('node:crypto')
const fs = require('node:fs')
const path = require('node:path')

const root = path.resolve(__dirname, '../..')

function runtimeDir(env = process.env) {
  const base = env.LAMBDA_RUNTIME_CACHE ? path.resolve(env.LAMBDA_RUNTIME_CACHE) : path.join(root, '.cache/lambda-runtime')
  const hash = createHash('sha256')
  for (const file of ['package.json', 'package-lock.json']) hash.update(fs.readFileSync(path.join(__dirname, file)))
  return path.join(base, hash.digest('hex').slice(0, 12))
}

module.exports = { runtimeDir }
