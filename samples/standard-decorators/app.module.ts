import { Module } from 'integrator-extension'
import { GREETING } from './greeting.js'
import { OrdersDiy } from './orders-diy.js'
import { ShopConnector } from './shop-connector.js'
import { Tagger } from './tagger.js'

/**
 * Compiled with "experimentalDecorators" off (standard TC39 decorators): see tsconfig.json. The
 * same sources run when esbuild (tsx, vitest) bundles them, in either decorator mode.
 */
@Module({ providers: [Tagger, { provide: GREETING, useValue: { prefix: 'tag' } }], exports: [Tagger] })
export class SharedModule {}

/** A connector application and a DIY one (an application is one or the other), sharing the module above. */
@Module({ imports: [SharedModule], connectors: [ShopConnector] })
export class ConnectorApp {}

@Module({ imports: [SharedModule], diy: OrdersDiy })
export class DiyApp {}
