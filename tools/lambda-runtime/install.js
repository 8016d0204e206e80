#!/usr/bin/env node
'use strict'
// Installs what test/lambda/real-runtime.test.ts runs the handler on: the official Lambda runtime
// interface client (aws-lambda-ric, whose native part builds curl and aws-lambda-cpp with cmake,
// make and g++: minutes) and a Node 24 binary (~190 MB), at the versions pinned in package.json
// and package-lock.json beside this file, from the npm registry. Kept out of the project's own
// devDependencies so that `npm install` stays fast and needs no compiler.
//
// Usage: npm run lambda-runtime   (or node tools/lambda-runtime/install.js)
// Where: $LAMBDA_RUNTIME_CACHE, default <repo>/.cache/lambda-runtime, one folder per pin set,
// so a run with the same pins is a no-op and a changed pin installs beside the old one.
const { spawnSync } = require('node:child_process')
const fs = require('node:fs')
const path = require('node:path')
const { runtimeDir } = require('./location.js')

const here = __dirname
const target = runtimeDir()

if (fs.existsSync(path.join(target, 'installed'))) {
  console.log(`Lambda runtime: up to date in ${target}`)
  process.exit(0)
}

const missing = ['cmake', 'make', 'g++'].filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0)
if (missing.length > 0) {
  console.error(
    `Lambda runtime: cannot build aws-lambda-ric's native client without ${missing.join(', ')} ` +
      '(Debian/Ubuntu: apt-get install cmake make g++).',
  )
  process.exit(1)
}

// Built in a folder of its own, then renamed: an interrupted or concurrent run never leaves a
// half-built runtime where the tests look.
const building = `${target}.building-${process.pid}`
fs.rmSync(building, { recursive: true, force: true })
fs.mkdirSync(building, { recursive: true })
for (const file of ['package.json', 'package-lock.json']) fs.copyFileSync(path.join(here, file), path.join(building, file))

console.log(`Lambda runtime: installing aws-lambda-ric and Node 24 into ${target} (the native build takes minutes)`)
const npm = process.env.npm_execpath
const args = ['ci', '--prefix', building, '--no-audit', '--no-fund', '--foreground-scripts', '--ignore-scripts=false']
const result = npm ? spawnSync(process.execPath, [npm, ...args], { stdio: 'inherit' }) : spawnSync('npm', args, { stdio: 'inherit' })
if (result.status !== 0) {
  fs.rmSync(building, { recursive: true, force: true })
  console.error('Lambda runtime: npm ci failed (see above).')
  process.exit(1)
}
if (!fs.existsSync(path.join(building, 'node_modules/aws-lambda-ric/rapid-client.node'))) {
  fs.rmSync(building, { recursive: true, force: true })
  console.error("Lambda runtime: aws-lambda-ric's native client (rapid-client.node) was not built: were install scripts turned off?")
  process.exit(1)
}
fs.writeFileSync(path.join(building, 'installed'), `${new Date().toISOString()}\n`)
try {
  fs.renameSync(building, target)
} catch (error) {
  // Another run finished first: its copy is as good as ours.
  fs.rmSync(building, { recursive: true, force: true })
  if (!fs.existsSync(path.join(target, 'installed'))) throw error
}
console.log(`Lambda runtime: installed in ${target}`)
