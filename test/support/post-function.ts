import { TOKEN } from './test-server.js'

export interface FunctionResponse {
  status: number
  contentType: string | null
  text: string
  json: unknown
}

/** POST /function on any host, with the test system token. */
export async function postFunction(baseUrl: string, body: unknown, token = TOKEN, headers: Record<string, string> = {}): Promise<FunctionResponse> {
  const response = await fetch(`${baseUrl}/function`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
  const text = await response.text()
  return { status: response.status, contentType: response.headers.get('content-type'), text, json: text === '' ? undefined : (JSON.parse(text) as unknown) }
}
