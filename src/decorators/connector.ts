import { connectorIdProblem } from '../core/connector-id.js'
import { classDecorator } from './class-decorator.js'
import { METADATA } from './constants.js'
import type { Misuse } from './misuse.js'
import type { AnyModeClassDecorator } from './standard/decorator-types.js'

/** What `@Connector(id)` records. */
export interface ConnectorMetadata {
  /** The `_connectorId` integrator.io sends in the extension options. */
  readonly id: string
}

/**
 * Makes the class a connector module: its decorated methods answer calls whose extension options
 * carry this `_connectorId`. List it in a module's `connectors`.
 */
export function Connector(connectorId: string): AnyModeClassDecorator {
  return classDecorator(`@Connector()`, (_cls, target) => {
    if (typeof connectorId !== 'string' || connectorId.trim() === '') {
      return target.append<Misuse>(METADATA.misuses, {
        decorator: '@Connector()',
        member: undefined,
        problem: 'needs the _connectorId as a non-empty string',
        fix: "Write @Connector('<_connectorId>'), the id integrator.io sends.",
      })
    }
    const problem = connectorIdProblem(connectorId)
    if (problem !== undefined) {
      return target.append<Misuse>(METADATA.misuses, {
        decorator: '@Connector()',
        member: undefined,
        problem,
        fix: "Copy the connector's _connectorId from integrator.io, e.g. @Connector('5f1a2b3c4d5e6f7a8b9c0d1e').",
      })
    }
    target.define(METADATA.connector, { id: connectorId } satisfies ConnectorMetadata)
  })
}
