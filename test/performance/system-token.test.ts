import { expect } from 'chai'
import { startTestServer, type TestServer } from '../support/test-server.js'

// The token check compares zero-padded bytes, and SHA-256 digests for tokens over 256 bytes
// (src/express/system-token.ts): neighbours of a token must never pass.
const SHORT = 'tok-5f2c'
const UNICODE = 'jeton-été-✓'
const LONG = `long-${'k'.repeat(400)}`

describe('system token: only the exact tokens pass, whatever their length', () => {
  let server: TestServer
  before(async () => {
    server = await startTestServer({ diy: { hooks: { ok: () => 'ok' } }, systemToken: [SHORT, UNICODE, LONG] })
  })
  after(() => server.close())

  // In the body: a header cannot carry NUL or characters beyond Latin-1.
  const status = async (token: string) =>
    (await server.call({ diy: true, type: 'hook', function: 'ok', options: {}, access_token: token }, { authorization: '' })).status

  for (const token of [SHORT, UNICODE, LONG]) {
    it(`accepts a ${token.length}-character token`, async () => {
      expect(await status(token)).to.equal(200)
    })
  }

  const neighbours: Array<[string, string]> = [
    ['a prefix', SHORT.slice(0, -1)],
    ['an extension', `${SHORT}x`],
    ['one character changed', `${SHORT.slice(0, -1)}d`],
    ['a prefix of a multibyte token', UNICODE.slice(0, -1)],
    ['a long token with its last character changed', `${LONG.slice(0, -1)}j`],
    ['a long token cut to 256 bytes', LONG.slice(0, 256)],
    ['a long token cut by one', LONG.slice(0, -1)],
    ['another token padded with NUL', `${SHORT}\u0000`],
  ]
  for (const [name, token] of neighbours) {
    it(`rejects ${name}`, async () => {
      expect(await status(token)).to.equal(401)
    })
  }
})
