import { classDecorator } from './class-decorator.js'
import { METADATA } from './constants.js'
import type { AnyModeClassDecorator } from './standard/decorator-types.js'

/**
 * Makes the class a do-it-yourself integration module: its decorated methods answer calls whose
 * extension options carry `diy: true`. Give it to a module as `diy`.
 */
export function Diy(): AnyModeClassDecorator {
  return classDecorator('@Diy()', (_cls, target) => {
    target.define(METADATA.diy, true)
  })
}
