import { METADATA } from './constants.js'
import { appendOwn } from './reflect.js'
import { DecoratorSetupError } from '../errors/framework-errors.js'
import { Messages } from '../errors/messages.js'

/** A decorator used where it has no meaning; reported by `bootstrap()` as InvalidDecoratorError. */
export interface Misuse {
  /** E.g. '@Hook()'. */
  readonly decorator: string
  /** The member it was put on, when it was put on a member. */
  readonly member: string | undefined
  /** What was wrong, as the end of a sentence: 'is a property, not a method'. */
  readonly problem: string
  /** How to fix it. */
  readonly fix: string
}

/** The class a decorator's target belongs to: the constructor for static members and classes, else the prototype's. */
export function classOf(target: object): Function {
  return typeof target === 'function' ? target : (target.constructor as Function)
}

export function recordMisuse(target: object, misuse: Misuse): void {
  appendOwn(METADATA.misuses, misuse, classOf(target))
}

export function memberName(key: string | symbol | undefined): string | undefined {
  return key === undefined ? undefined : typeof key === 'symbol' ? `[${key.toString()}]` : key
}

/**
 * TypeScript's standard (TC39) decorators pass `(value, context)`; ours need the legacy
 * `experimentalDecorators` form. Nothing could be recorded, so this fails at once, when the class is defined.
 */
export function assertLegacyDecorators(decorator: string, args: readonly unknown[]): void {
  const context = args[1]
  if (args.length === 2 && typeof context === 'object' && context !== null && 'kind' in context) {
    throw new DecoratorSetupError(Messages.decoratorSetup(decorator))
  }
}
