import { METADATA } from './constants.js'
import { parameterDecorator } from './parameter-decorator.js'
import { appendOwn } from './reflect.js'

/** The constructor parameter receives `undefined` when nothing in the module provides it. */
export function Optional(): ParameterDecorator {
  return parameterDecorator('@Optional()', (cls, index) => appendOwn(METADATA.optionalParameters, index, cls))
}
