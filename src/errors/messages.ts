/** The texts of the framework's errors, in one place. Each says what is wrong and how to fix it. */
export const Messages = {
  decoratorSetup: (decorator: string) =>
    `${decorator} was applied as a standard (TC39) decorator. Parameter decorators exist only with ` +
    '"experimentalDecorators": true in tsconfig.json; in standard mode, inject dependencies with inject(TOKEN) ' +
    'in a field initializer or the constructor body instead.',

  noStandardMetadata: (decorator: string) =>
    `${decorator} was applied as a standard (TC39) decorator, but the class has no context.metadata: Symbol.metadata ` +
    'did not exist when the class was defined. Import integrator-extension before defining decorated classes (it sets ' +
    'Symbol.metadata when imported), or compile with a TypeScript or esbuild version that supports decorator metadata.',

  invalidDecorator: (className: string, member: string | undefined, decorator: string, problem: string, fix: string) =>
    `${member === undefined ? className : `${className}.${member}`}: ${decorator} ${problem}. ${fix}`,

  duplicateFunction: (className: string, group: string, name: string, first: string, second: string, decorator: string) =>
    `${className} has two ${group} named "${name}": ${first}() and ${second}(). A name must be unique within its group: ` +
    `give one another name, e.g. ${decorator.replace(/\(.*\)$/, '')}('${second}').`,

  flatNameTakesGroup: (className: string, method: string, name: string) =>
    `${className}.${method}(): @ExtensionFunction() named "${name}" would replace the module's ${name} group. ` +
    `Give it another name, e.g. @ExtensionFunction('${method === name ? `${name}Function` : method}').`,

  duplicateConnector: (id: string, first: string, second: string) =>
    `Two connectors have the _connectorId "${id}": ${first} and ${second}. Each @Connector id must be unique in an application; ` +
    'list each connector class in one module only.',

  duplicateDiy: (first: string, second: string) => `Two DIY integrations: ${first} and ${second}. An application has one @Diy() class.`,

  diyAndConnectorOnClass: (className: string, id: string) =>
    `${className} has both @Diy() and @Connector('${id}'). A class is either a DIY integration or a connector: remove one of them.`,

  diyAndConnectorsInApp: (diy: string, connector: string) =>
    `The application has both a DIY integration (${diy}) and connectors (${connector}). integrator.io calls an extension ` +
    'either as DIY or by _connectorId: bootstrap them as two applications.',

  diyListedAsConnector: (className: string, moduleName: string) =>
    `${className} is listed in ${moduleName}'s connectors but is decorated with @Diy(): use @Module({ diy: ${className} }).`,

  connectorListedAsDiy: (className: string, moduleName: string, id: string) =>
    `${className} is ${moduleName}'s diy but is decorated with @Connector('${id}'): use @Module({ connectors: [${className}] }).`,

  missingConnectorDecorator: (className: string, moduleName: string) =>
    `${className} is listed in ${moduleName}'s connectors but has no @Connector(id): add @Connector('<_connectorId>') to ${className}.`,

  missingDiyDecorator: (className: string, moduleName: string) => `${className} is ${moduleName}'s diy but has no @Diy(): add @Diy() to ${className}.`,

  unlistedFunctions: (className: string, example: string, via: string) =>
    `${className} has ${example} but no module lists it as a connector or diy (it is ${via}), so its functions would never be called. ` +
    `Add @Connector('<_connectorId>') and list it in @Module({ connectors: [${className}] }), or remove the decorators.`,

  unlistedConnector: (className: string, decorator: string, via: string) =>
    `${className} is decorated with ${decorator} but no module lists it (it is ${via}). ` +
    `List it in @Module({ ${decorator.startsWith('@Diy') ? `diy: ${className}` : `connectors: [${className}]`} }).`,

  listedNowhere: (className: string, decorator: string) =>
    `${className} is decorated with ${decorator} but no @Module lists it, so its functions can never be called. ` +
    `List it in @Module({ ${decorator.startsWith('@Diy') ? `diy: ${className}` : `connectors: [${className}]`} }).`,

  notAModule: (name: string, where: string) => `${name} ${where} is not decorated with @Module({...}): add @Module({ ... }) to it.`,

  badProvider: (moduleName: string, index: number) =>
    `${moduleName}'s providers[${index}] is neither a class nor { provide, useClass | useValue | useFactory | useExisting }.`,

  badListEntry: (moduleName: string, list: string, index: number, expected: string) => `${moduleName}'s ${list}[${index}] is not ${expected}.`,

  notAnArray: (moduleName: string, field: string) => `${moduleName}'s ${field} must be an array.`,

  badExport: (moduleName: string, token: string) =>
    `${moduleName} exports ${token} but neither provides it nor imports a module that exports it: ` +
    `add ${token} to ${moduleName}'s providers, or remove it from exports.`,

  noFunctions: (moduleName: string) =>
    `${moduleName} and the modules it imports list no connectors and no diy. Add @Module({ connectors: [...] }) or @Module({ diy: ... }).`,

  diyAndConnectorsInModule: (moduleName: string) =>
    `${moduleName} lists both diy and connectors. integrator.io calls an extension either as DIY or by _connectorId: keep one.`,

  unresolvedParameter: (owner: string, index: number, token: string, moduleName: string) =>
    `Cannot resolve parameter #${index} (${token}) of ${owner} in ${moduleName}: nothing there provides ${token}. ` +
    `Add it to ${moduleName}'s providers, or import a module that provides and exports it` +
    ' (or mark the parameter @Optional()).',

  untypedParameter: (owner: string, index: number, type: string) =>
    `Cannot resolve parameter #${index} of ${owner}: its type (${type}) is not known at run time (an interface, a union, ` +
    'a primitive or a type-only import). Inject it by token: @Inject(TOKEN), and provide TOKEN.',

  missingParamTypes: (className: string, count: number) =>
    `${className}'s constructor takes ${count} parameter(s) but no types were recorded for them: the compiler emitted no ` +
    'decorator metadata (esbuild, tsx, swc and vitest never do; tsc does only with "experimentalDecorators" and ' +
    `"emitDecoratorMetadata": true, for a class with a decorator such as @Injectable()). Either take the dependencies with ` +
    `inject(TOKEN) in ${className}'s field initializers or constructor body, which works with every compiler, or compile with ` +
    `tsc with both flags on and decorate ${className} with @Injectable() (or give each parameter @Inject(TOKEN)).`,

  injectOutsideCreation: (token: string) =>
    `inject(${token}) was called while the container was not creating a class. Call inject() only in a field initializer ` +
    'or the constructor body of a class a module provides (or in a useFactory), never at top level, after creation or ' +
    'inside a call: keep what it returns in a field.',

  unresolvedInject: (owner: string, token: string, moduleName: string) =>
    `${owner} calls inject(${token}) but nothing in ${moduleName} provides ${token}. Add it to ${moduleName}'s providers, ` +
    `or import a module that provides and exports it (or write inject(${token}, { optional: true })).`,

  circularDependency: (moduleName: string, chain: string) =>
    `Circular dependency in ${moduleName}: ${chain}. Each needs the next to be created. Move what they share into a ` +
    'provider of its own that both depend on, or have one of them look the other up when called instead of when created.',

  creationFailed: (token: string, moduleName: string, reason: string) => `Could not create ${token} in ${moduleName}: ${reason}`,

  transientLifecycle: (className: string, hooks: string) =>
    `${className} is transient but declares ${hooks}: lifecycle hooks run once, for singletons. ` +
    `Make ${className} a singleton, or do the work in its constructor.`,

  getUnknown: (token: string) => `get(${token}): no module of the application provides ${token}.`,

  overrideUnknown: (token: string) => `override(${token}): no module provides ${token}. Override a token a module lists in its providers, connectors or diy.`,

  applicationClosed: (method: string) =>
    `${method}() was called after close(): the application's providers have been destroyed. ` +
    'Bootstrap a new application (e.g. one per test, in beforeEach) instead of reusing a closed one.',

  overrideAfterStart: (token: string) =>
    `override(${token}) was called after the application started (toConfig(), express(), lambda(), invoke() or init()). ` +
    'Call override() right after bootstrap().',

  overrideBadProvider: (token: string) => `override(${token}, ...) needs { useValue }, { useClass } or { useFactory }.`,

  noCallContext: (property: string) =>
    `ExtensionContext.${property} was read outside an extension call. Read it while a function runs (in a method a decorated ` +
    'function calls), not in a constructor or onInit(); check ExtensionContext.active first if code runs both ways.',
} as const
