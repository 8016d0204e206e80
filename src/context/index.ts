export { ExtensionContext } from './extension-context.js'
