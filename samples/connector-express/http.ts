import { createToken } from 'integrator-extension'

/** The little HTTP the connector needs: an interface, so tests can give a fake. */
export interface Http {
  getJson(url: string, headers: Record<string, string>): Promise<unknown>
  putJson(url: string, body: unknown, headers: Record<string, string>): Promise<unknown>
}

/** Interfaces do not exist at run time: they are injected by token. */
export const HTTP = createToken<Http>('HTTP')

export const fetchHttp: Http = {
  async getJson(url, headers) {
    const response = await fetch(url, { headers })
    if (!response.ok) throw Object.assign(new Error(`GET ${url}: ${response.status}`), { code: 'http_error' })
    return response.json()
  },
  async putJson(url, body, headers) {
    const response = await fetch(url, { method: 'PUT', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body) })
    if (!response.ok) throw Object.assign(new Error(`PUT ${url}: ${response.status}`), { code: 'http_error' })
    return response.json()
  },
}
