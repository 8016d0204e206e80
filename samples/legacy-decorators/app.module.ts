import { Module } from 'integrator-extension'
import { GREETING } from './greeting.js'
import { OrdersDiy } from './orders-diy.js'
import { ShopConnector } from './shop-connector.js'
import { Tagger } from './tagger.js'

/**
 * Compiled with "experimentalDecorators" and "emitDecoratorMetadata" on (legacy decorators), by
 * test/tsconfig.json. esbuild emits no decorator metadata, so these sources need tsc: see ../standard-decorators.
 */
@Module({ providers: [Tagger, { provide: GREETING, useValue: { prefix: 'tag' } }], exports: [Tagger, GREETING] })
export class SharedModule {}

/** A connector application and a DIY one (an application is one or the other), sharing the module above. */
@Module({ imports: [SharedModule], connectors: [ShopConnector] })
export class ConnectorApp {}

@Module({ imports: [SharedModule], diy: OrdersDiy })
export class DiyApp {}
