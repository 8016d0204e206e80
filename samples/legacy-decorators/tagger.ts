import { Inject, Injectable, type OnDestroy, type OnInit } from 'integrator-extension'
import { GREETING, type Greeting } from './greeting.js'

/** A service with lifecycle hooks; the config value comes in as a constructor parameter, by token. */
@Injectable()
export class Tagger implements OnInit, OnDestroy {
  private ready = false

  constructor(@Inject(GREETING) private readonly greeting: Greeting) {}

  async onInit(): Promise<void> {
    this.ready = true
  }

  onDestroy(): void {
    this.ready = false
  }

  tag(id: string): string {
    if (!this.ready) throw new Error('Tagger used before onInit()')
    return `${this.greeting.prefix}-${id}`
  }
}
