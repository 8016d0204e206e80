/**
 * Every @Connector, @Diy and @Module class defined in this process, so that bootstrap() can warn
 * about an extension class that is loaded but that no module anywhere lists (the usual slip:
 * a new connector written and imported, never added to `connectors`). Classes live as long as
 * the process anyway, so holding them costs nothing.
 */
const extensionClasses = new Set<Function>()
const moduleClasses = new Set<Function>()

export function registerExtensionClass(cls: Function): void {
  extensionClasses.add(cls)
}

export function registerModuleClass(cls: Function): void {
  moduleClasses.add(cls)
}

export function registeredClasses(): { extensions: ReadonlySet<Function>; modules: ReadonlySet<Function> } {
  return { extensions: extensionClasses, modules: moduleClasses }
}
