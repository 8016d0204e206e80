/**
 * The decorators' types accept both calling conventions, so a project compiles whether
 * `experimentalDecorators` is on (legacy: `(target, key?, descriptor?)`) or off (standard TC39:
 * `(value, context)`). TypeScript checks a decorator as a call, picking the overload of its mode.
 */

/** A class decorator in either mode: `@Module(...)`, `@Connector(id)`, `@Diy()`, `@Injectable()`. */
export interface AnyModeClassDecorator {
  (target: Function): void
  (value: abstract new (...args: never) => unknown, context: ClassDecoratorContext): void
}

/** A method decorator in either mode whose method is not checked against a contract (`@Hook()`, `@Utility('name')`). */
export interface AnyModeMethodDecorator {
  (target: object, propertyKey: string | symbol, descriptor: PropertyDescriptor): void
  (value: Function, context: ClassMethodDecoratorContext): void
}
