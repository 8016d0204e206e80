import { classDecorator } from './class-decorator.js'
import { METADATA } from './constants.js'
import { defineOwn } from './reflect.js'
import { registerExtensionClass } from './registry.js'

/**
 * Makes the class a do-it-yourself integration module: its decorated methods answer calls whose
 * extension options carry `diy: true`. Give it to a module as `diy`.
 */
export function Diy(): ClassDecorator {
  return classDecorator('@Diy()', (cls) => {
    defineOwn(METADATA.diy, true, cls)
    registerExtensionClass(cls)
  })
}
