import { expect } from 'chai'
import { bootstrap, Diy, Hook, Injectable, Module } from 'integrator-extension'

// A provider's constructor parameters are read once, with its definition (scanner/provider-definition.ts),
// then used by the reachability walk, the dependency check and the binding alike.
@Injectable()
class Clock {
  now(): string {
    return 'now'
  }
}

@Injectable()
class Stamper {
  constructor(readonly clock: Clock) {}
}

@Diy()
class Stamped {
  constructor(readonly stamper: Stamper) {}
  @Hook() stamp() {
    return this.stamper.clock.now()
  }
}

@Module({ diy: Stamped, providers: [Clock, Stamper] })
class StampModule {}

/** Counts the reads of `design:paramtypes` on `target` while `run` runs. */
function paramTypeReads(target: Function, run: () => void): number {
  const reflect = Reflect as unknown as { getOwnMetadata(key: unknown, target: unknown, property?: unknown): unknown }
  const original = reflect.getOwnMetadata
  let reads = 0
  reflect.getOwnMetadata = function (key: unknown, on: unknown, property?: unknown) {
    if (key === 'design:paramtypes' && on === target) reads++
    return original.call(Reflect, key, on, property)
  }
  try {
    run()
  } finally {
    reflect.getOwnMetadata = original
  }
  return reads
}

describe('container: constructor metadata is read once per provider', () => {
  it('bootstrap() reads a provider class’s parameter types once (finding its owner, then the types), not once per pass', async () => {
    let app: ReturnType<typeof bootstrap> | undefined
    // 2 reads: metadataOwner looks for the class that has them, then the types are read. Before: 6 (reachability, check, bind).
    expect(paramTypeReads(Stamper, () => (app = bootstrap(StampModule)).toConfig())).to.equal(2)
    expect(await app?.invoke({ diy: true, type: 'hook', function: 'stamp' }, {})).to.equal('now')
  })
})
