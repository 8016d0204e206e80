import { expect } from 'chai'
import { express } from 'integrator-extension'
import { startTestServer, type TestServer } from '../support/test-server.js'

const OLD = 'old-token-7c1f'
const NEW = 'new-token-92ab'
const BEARER = 'one-time-bearer-5d3e'

describe('authentication hardening', () => {
  let server: TestServer
  before(async () => {
    server = await startTestServer({
      systemToken: [OLD, NEW],
      diy: {
        hooks: {
          echo: (options: unknown) => options,
          fail: () => {
            throw new Error('failed on purpose')
          },
        },
      },
    })
  })
  after(() => server.close())

  const body = { diy: true, type: 'hook', function: 'echo', options: { bearerToken: BEARER, v: 1 } }

  it('accepts every configured token, so a stack token can be rotated without downtime', async () => {
    for (const token of [OLD, NEW]) {
      const response = await server.call(body, { authorization: `Bearer ${token}` })
      expect(response.status).to.equal(200)
    }
    expect((await server.call(body, { authorization: 'Bearer neither' })).status).to.equal(401)
  })

  it('a token in an unexpected place (another header, the function options) is not accepted', async () => {
    const places: Array<[unknown, Record<string, string>]> = [
      [body, { authorization: '', 'x-access-token': OLD }],
      [{ ...body, options: { access_token: OLD } }, { authorization: '' }],
      [body, { authorization: '', cookie: `access_token=${OLD}` }],
      [body, { authorization: OLD }],
    ]
    for (const [payload, headers] of places) {
      expect((await server.call(payload, headers)).status).to.equal(401)
    }
  })

  it('rejects a configured empty or non-string token at start', () => {
    for (const systemToken of ['', [], [''], [OLD, 5]]) {
      expect(() => express.createExtensionServer({ diy: {}, systemToken: systemToken as string })).to.throw('systemToken not provided in options.')
    }
  })

  it('system tokens and bearer tokens never appear in the logs', async () => {
    await server.call(body, { authorization: `Bearer ${OLD}`, traceid: 't1' })
    await server.call({ ...body, access_token: NEW }, { authorization: '' })
    await fetch(`${server.url}/function?access_token=${NEW}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    await server.call(body, { authorization: 'Bearer wrong-token-value' })
    await server.call({ ...body, function: 'fail' }, { authorization: `Bearer ${OLD}` })
    await server.call(`{"access_token":"${NEW}", broken`, { authorization: '' })
    // A token in the path (an encoded `?`, a path segment) gets a 404 whose line names the path.
    for (const path of [`/function%3Faccess_token=${NEW}`, `/function%3faccess%5Ftoken%3D${OLD}`, `/x/access_token=${NEW}/y`]) {
      const answer = await fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
      expect(answer.status).to.equal(404)
    }
    await new Promise((resolve) => setTimeout(resolve, 20))
    const logs = server.logger.text()
    expect(server.logger.lines.length).to.be.greaterThan(5)
    for (const secret of [OLD, NEW, BEARER, 'wrong-token-value']) expect(logs).not.to.contain(secret)
    expect(logs).to.contain('/x/access_token=[redacted]/y')
  })
})
