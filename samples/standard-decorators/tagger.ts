import { inject, Injectable, type OnDestroy, type OnInit } from 'integrator-extension'
import { GREETING } from './greeting.js'

/** A service with lifecycle hooks: tags records once initialised. */
@Injectable()
export class Tagger implements OnInit, OnDestroy {
  private readonly greeting = inject(GREETING)
  private ready = false

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
