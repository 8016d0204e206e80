import type { IncomingMessage, RequestListener } from 'node:http'
import querystring from 'node:querystring'

const stripped = new WeakMap<IncomingMessage, querystring.ParsedUrlQuery>()

/**
 * Requests the Express app serves lose `access_token` from `req.url` before Express sees them:
 * its router's debug lines (DEBUG=express:*) print the URL, and the token must reach no output.
 * The query as sent stays readable through `originalQuery`.
 */
export function withoutQueryToken(app: RequestListener): RequestListener {
  return (req, res) => {
    const url = req.url ?? ''
    const mark = url.indexOf('?')
    if (mark !== -1 && /access(?:_|%5f)token/i.test(url)) {
      const query = querystring.parse(url.slice(mark + 1))
      stripped.set(req, query)
      const { access_token: _token, ...rest } = query
      const remaining = querystring.stringify(rest)
      req.url = url.slice(0, mark) + (remaining === '' ? '' : `?${remaining}`)
    }
    app(req, res)
  }
}

/** The request's query as the client sent it (with `access_token`), for the token check. */
export function originalQuery(req: IncomingMessage, parsed: unknown): unknown {
  return stripped.get(req) ?? parsed
}
