// An entry whose provider has a lifecycle, for the CLI's build-time and failure cases. What it
// does at load depends on LIFE_MODE: 'express' starts a server as docs/decorators.md shows
// (`bootstrap(AppModule).express(...)`), 'lambda' exports `bootstrap(AppModule).lambda()`, any other
// value exports the @Module class. onInit/onDestroy append a line to LIFE_LOG; LIFE_FAIL_INIT=1
// makes onInit fail. onInit starts an interval (a pool's keep-alive, say) that only onDestroy stops:
// a process whose onDestroy never runs stays up.
import fs from 'node:fs'
import { Diy, Hook, Injectable, Module, bootstrap, type OnDestroy, type OnInit, type PreMapOptions, type PreMapResult } from 'integrator-extension'

const note = (line: string): void => {
  if (process.env.LIFE_LOG) fs.appendFileSync(process.env.LIFE_LOG, `${line}\n`)
}

@Injectable()
export class Database implements OnInit, OnDestroy {
  #keepAlive: NodeJS.Timeout | undefined
  async onInit(): Promise<void> {
    note('onInit')
    if (process.env.LIFE_FAIL_INIT === '1') throw new Error('database unreachable')
    this.#keepAlive = setInterval(() => undefined, 1000)
  }
  onDestroy(): void {
    note('onDestroy')
    clearInterval(this.#keepAlive)
  }
}

@Diy()
export class Functions {
  constructor(private readonly db: Database) {}

  @Hook('echo')
  echo(options: { n?: number }): { n?: number; db: boolean } {
    return { n: options.n, db: this.db instanceof Database }
  }

  @Hook('hang')
  hang(): Promise<never> {
    return new Promise(() => setInterval(() => undefined, 1000))
  }

  @Hook('slow')
  async slow(): Promise<string> {
    await new Promise((resolve) => setTimeout(resolve, 300))
    return 'done'
  }

  @Hook('preMap')
  preMap(options: PreMapOptions): PreMapResult {
    return options.data.length as unknown as PreMapResult // not an array of { data }: strictContracts refuses it
  }
}

@Module({ diy: Functions, providers: [Database] })
export class AppModule {}

const mode = process.env.LIFE_MODE
export const handler = mode === 'lambda' ? bootstrap(AppModule).lambda() : undefined
if (mode === 'express') {
  void bootstrap(AppModule)
    .express({ port: Number(process.env.LIFE_PORT ?? 8080), host: '127.0.0.1', systemToken: 'life-token' })
    .then((served) => note(`listening on ${served.port}`))
}
