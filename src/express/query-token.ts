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
    if (/access(?:_|%5f)token/i.test(url)) {
      const mark = url.indexOf('?')
      // A token in the path (`/function%3Faccess_token=...`: an encoded `?`, a mistyped URL) leads
      // to a 404, whose log line and debug lines name the path: it is redacted there too.
      const path = (mark === -1 ? url : url.slice(0, mark)).replace(TOKEN_IN_PATH, '$1[redacted]')
      let remaining = ''
      if (mark !== -1) {
        const query = querystring.parse(url.slice(mark + 1))
        stripped.set(req, query)
        const { access_token: _token, ...rest } = query
        remaining = querystring.stringify(rest)
      }
      req.url = path + (remaining === '' ? '' : `?${remaining}`)
    }
    app(req, res)
  }
}

const TOKEN_IN_PATH = /(access(?:_|%5f)token(?:=|%3d))[^/?&;#]*/gi

/** The request's query as the client sent it (with `access_token`), for the token check. */
export function originalQuery(req: IncomingMessage, parsed: unknown): unknown {
  return stripped.get(req) ?? parsed
}
