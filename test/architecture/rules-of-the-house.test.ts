import { expect } from 'chai'
import path from 'node:path'
import { importGraph, importLoops, roomOf } from './import-graph.js'

// The rooms of src/ and the rooms each may import (docs/architecture.md draws the same arrows).
// Type-only imports and lazy require()s count: they are arrows a reader follows too.
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  core: [], // the ground floor: the protocol, the group table, dispatch
  errors: [],
  polyfills: [], // Symbol.metadata, before any decorated class is defined
  contracts: ['core'],
  decorators: ['core', 'contracts', 'errors', 'polyfills'],
  scanner: ['core', 'decorators', 'errors'],
  container: ['core', 'decorators', 'errors', 'scanner'],
  logging: ['core'], // the one formatter, level filter and writers of both hosts
  context: ['core', 'errors', 'logging'],
  metrics: ['core'], // Prometheus, for the Express host
  workers: ['core'], // node:cluster, for the Express host
  lambda: ['core', 'logging'], // a host: never Express, never the decorator framework
  express: ['core', 'logging', 'metrics', 'workers'],
  bootstrap: ['core', 'contracts', 'errors', 'decorators', 'scanner', 'container', 'context', 'logging', 'lambda', 'express'],
  entry: ['core', 'errors', 'decorators', 'scanner', 'bootstrap', 'lambda'],
  cli: ['core', 'contracts', 'entry'], // fixtures are typed against the contracts
  root: ['core', 'errors', 'contracts', 'decorators', 'scanner', 'container', 'context', 'logging', 'lambda', 'express', 'bootstrap'],
  '.': ['root', 'polyfills'], // src/index.ts, the package's door
}

const SRC = path.resolve(__dirname, '../../../src')

/** Each import that crosses a rule: `from → to (rooms)`. */
function crossings(graph: Map<string, string[]>): string[] {
  const found: string[] = []
  for (const [file, targets] of graph) {
    const from = roomOf(file)
    for (const target of targets) {
      const to = roomOf(target)
      if (to !== from && !(ALLOWED[from] ?? []).includes(to)) found.push(`${file} → ${target} (${from} → ${to})`)
    }
  }
  return found
}

describe('rules of the house: the import graph of src/', () => {
  const graph = importGraph(SRC)

  it('every room of src/ is in the table', () => {
    expect([...new Set([...graph.keys()].map(roomOf))].filter((room) => !(room in ALLOWED))).to.deep.equal([])
  })

  it('no import crosses a rule (core imports nothing above it; lambda never express; ...)', () => {
    expect(crossings(graph)).to.deep.equal([])
  })

  it('no import loop', () => {
    expect(importLoops(graph)).to.deep.equal([])
  })

  it('control: the scanner sees imports, and the checks catch a crossing and a loop', () => {
    expect(graph.get('bootstrap/application.ts')).to.include('lambda/index.ts')
    expect(graph.get('core/dispatcher.ts')).to.include('core/checks/check-contract.ts') // a lazy require() counts
    const bad = new Map([
      ['core/a.ts', ['express/b.ts']],
      ['express/b.ts', ['lambda/c.ts']],
      ['lambda/c.ts', ['core/a.ts']],
    ])
    expect(crossings(bad)).to.deep.equal(['core/a.ts → express/b.ts (core → express)', 'express/b.ts → lambda/c.ts (express → lambda)'])
    expect(importLoops(bad)).to.deep.equal([['core/a.ts', 'express/b.ts', 'lambda/c.ts']])
  })
})
