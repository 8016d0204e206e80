import { appendOwn, defineOwn, reflect } from '../reflect.js'
import { DecoratorSetupError } from '../../errors/framework-errors.js'
import { Messages } from '../../errors/messages.js'

/** The part of a standard decorator's context the decorators read (TypeScript's and esbuild's both have it). */
export interface StandardContext {
  readonly kind: 'class' | 'method' | 'getter' | 'setter' | 'field' | 'accessor'
  readonly name: string | symbol | undefined
  readonly static?: boolean
  readonly private?: boolean
  readonly metadata?: object
}

/** Where one decorator call records: the class (legacy, reflect-metadata) or its `context.metadata` (standard). */
export interface MetadataTarget {
  define(key: string, value: unknown): void
  append<T>(key: string, item: T): void
}

/** A decorator's arguments as one of the two forms. */
export type DecoratorCall =
  | { readonly mode: 'legacy'; readonly args: readonly unknown[] }
  | { readonly mode: 'standard'; readonly value: unknown; readonly context: StandardContext }

/**
 * Tells the two calling conventions apart at run time: standard decorators get `(value, context)`
 * with `context.kind` a string; legacy ones `(target)`, `(target, key)`, `(target, key, descriptor)`
 * or `(target, key, index)`, whose second argument is never an object.
 */
export function readCall(args: readonly unknown[]): DecoratorCall {
  const context = args[1] as Partial<StandardContext> | null | undefined
  if (args.length === 2 && typeof context === 'object' && context !== null && typeof context.kind === 'string') {
    return { mode: 'standard', value: args[0], context: context as StandardContext }
  }
  return { mode: 'legacy', args }
}

/** Records on a class with reflect-metadata: the legacy form, where the decorator is given the class. */
export function classTarget(cls: Function): MetadataTarget {
  reflect()
  return {
    define: (key, value) => defineOwn(key, value, cls),
    append: (key, item) => appendOwn(key, item, cls),
  }
}

/**
 * Records in `context.metadata`, which becomes the class's own `[Symbol.metadata]`. A subclass's
 * metadata object inherits from its base's, so lists are kept per level (own properties only).
 */
export function contextTarget(decorator: string, context: StandardContext): MetadataTarget {
  const metadata = context.metadata as Record<string, unknown> | undefined
  if (typeof metadata !== 'object' || metadata === null) throw new DecoratorSetupError(Messages.noStandardMetadata(decorator))
  return {
    define: (key, value) => {
      metadata[key] = value
    },
    append: (key, item) => {
      const list = Object.hasOwn(metadata, key) ? (metadata[key] as readonly unknown[]) : []
      metadata[key] = [...list, item]
    },
  }
}
