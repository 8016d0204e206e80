import { FUNCTION_KIND, type ExtensionModule } from '../core/index.js'
import { InvalidDecoratorError } from '../errors/framework-errors.js'
import { Messages } from '../errors/messages.js'
import type { ExtensionClassDefinition } from './app-definition.js'
import { className } from './read-class.js'

/**
 * The plain-API module of one connector or DIY instance: `{ hooks: {...}, wrappers: {...}, flatFn }`,
 * each function bound to the instance. Only groups with functions appear, as in a hand-written module.
 */
export function buildModule(extension: ExtensionClassDefinition, instance: object): ExtensionModule {
  const module: Record<string, unknown> = {}
  for (const fn of extension.functions) {
    const method = (instance as Record<string, unknown>)[fn.method]
    if (typeof method !== 'function') {
      throw new InvalidDecoratorError(
        Messages.invalidDecorator(
          className(extension.cls),
          fn.method,
          fn.decorator,
          `is on a member the instance holds as ${typeof method}`,
          'Keep the decorated member a method.',
        ),
      )
    }
    // bind keeps `length`, which tells the core a callback-style function from an async one
    const bound = method.bind(instance) as Function & { [FUNCTION_KIND]?: string }
    if (fn.kind !== undefined) bound[FUNCTION_KIND] = fn.kind
    if (fn.group === 'flat') module[fn.name] = bound
    else ((module[fn.group] ??= {}) as Record<string, unknown>)[fn.name] = bound
  }
  return module
}
