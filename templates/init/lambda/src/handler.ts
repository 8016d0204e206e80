// The AWS Lambda handler (Handler: index.handler in the zip `npm run package` writes).
// integrator.io invokes it with the function options as the event and the extension options
// (diy or _connectorId, type, function) as the client context.
import { bootstrap } from 'integrator-extension'
import { AppModule } from './app.module.js'

export const handler = bootstrap(AppModule).lambda()
