import { express, type ExpressExtensionConfig, type ExtensionServer } from 'integrator-extension'
import { CaptureLogger } from './capture-logger.js'

export const TOKEN = 'test-system-token'

export interface TestServer {
  server: ExtensionServer
  logger: CaptureLogger
  url: string
  /** POST /function with the token in the header (unless `headers` says otherwise). */
  call(body: unknown, headers?: Record<string, string>): Promise<{ status: number; text: string; json: unknown; headers: Headers }>
  close(): Promise<void>
}

/** A real Express host on 127.0.0.1 with a free port and a capturing logger. */
export async function startTestServer(
  config: Omit<ExpressExtensionConfig, 'systemToken'> & { systemToken?: ExpressExtensionConfig['systemToken'] },
): Promise<TestServer> {
  const logger = new CaptureLogger()
  const server = express.createExtensionServer({ systemToken: TOKEN, port: 0, host: '127.0.0.1', winstonInstance: logger, ...config })
  await server.start()
  const url = `http://127.0.0.1:${server.port}`
  return {
    server,
    logger,
    url,
    async call(body, headers = {}) {
      const response = await fetch(`${url}/function`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      })
      const text = await response.text()
      let json: unknown
      try {
        json = text === '' ? undefined : JSON.parse(text)
      } catch {
        json = undefined
      }
      return { status: response.status, text, json, headers: response.headers }
    },
    close: () => server.close(),
  }
}
