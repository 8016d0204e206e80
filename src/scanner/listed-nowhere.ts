import { Messages } from '../errors/messages.js'
import { loadedClasses } from './loaded-classes.js'
import { className, isDiy, readConnector, readModule } from './read-class.js'

/**
 * The @Connector and @Diy classes among `classes` (by default, those the loaded CommonJS modules
 * export: loaded-classes.ts) that no @Module among them lists: their functions can never be
 * called. Only a warning, unlike an unlisted class the app reaches (app-definition.ts): one
 * process may hold several applications, and tests define classes on purpose.
 */
export function extensionClassesListedNowhere(classes: readonly Function[] = loadedClasses()): Array<{ cls: Function; message: string }> {
  const listed = new Set<unknown>()
  for (const cls of classes) {
    const options = readModule(cls)
    if (!options) continue
    for (const connector of options.connectors ?? []) listed.add(connector)
    listed.add(options.diy)
  }
  const found: Array<{ cls: Function; message: string }> = []
  for (const cls of classes) {
    if (listed.has(cls)) continue
    const connector = readConnector(cls)
    if (connector) found.push({ cls, message: Messages.listedNowhere(className(cls), `@Connector('${connector.id}')`) })
    else if (isDiy(cls)) found.push({ cls, message: Messages.listedNowhere(className(cls), '@Diy()') })
  }
  return found
}
