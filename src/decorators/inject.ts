import { METADATA } from './constants.js'
import { recordMisuse } from './misuse.js'
import { parameterDecorator } from './parameter-decorator.js'
import { appendOwn } from './reflect.js'
import type { Token } from './token.js'

/** What `@Inject(token)` records for one constructor parameter. */
export interface InjectedParameter {
  readonly index: number
  readonly token: Token
}

/**
 * Injects the constructor parameter by token instead of by its type: for interfaces, values
 * and anything else TypeScript cannot name at run time.
 */
export function Inject(token: Token): ParameterDecorator {
  return parameterDecorator('@Inject()', (cls, index) => {
    if (token === undefined || token === null) {
      return recordMisuse(cls, {
        decorator: '@Inject()',
        member: undefined,
        problem: `on constructor parameter #${index} has an undefined token`,
        fix: 'Pass a class, a string or a symbol. An undefined class usually means a circular import: move the token to its own file.',
      })
    }
    appendOwn(METADATA.injectParameters, { index, token } satisfies InjectedParameter, cls)
  })
}
