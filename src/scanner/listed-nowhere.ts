import { registeredClasses } from '../decorators/registry.js'
import { Messages } from '../errors/messages.js'
import { className, isDiy, readConnector, readModule } from './read-class.js'

/**
 * The @Connector and @Diy classes loaded in this process that no @Module anywhere lists: their
 * functions can never be called. Only a warning, unlike an unlisted class the app reaches
 * (app-definition.ts): one process may hold several applications, and tests define classes on purpose.
 */
export function extensionClassesListedNowhere(): Array<{ cls: Function; message: string }> {
  const { extensions, modules } = registeredClasses()
  const listed = new Set<unknown>()
  for (const module of modules) {
    const options = readModule(module)
    for (const cls of options?.connectors ?? []) listed.add(cls)
    listed.add(options?.diy)
  }
  const found: Array<{ cls: Function; message: string }> = []
  for (const cls of extensions) {
    if (listed.has(cls)) continue
    const connector = readConnector(cls)
    if (connector) found.push({ cls, message: Messages.listedNowhere(className(cls), `@Connector('${connector.id}')`) })
    else if (isDiy(cls)) found.push({ cls, message: Messages.listedNowhere(className(cls), '@Diy()') })
  }
  return found
}
