import http from 'node:http'
import type { CallMetrics } from './call-metrics.js'

export async function sendMetrics(metrics: CallMetrics, res: http.ServerResponse): Promise<void> {
  const text = await metrics.registry.metrics()
  res.statusCode = 200
  res.setHeader('Content-Type', metrics.registry.contentType)
  res.end(text)
}

/** `metrics: { port }`: a separate listener for scrapers inside the network, without the token. */
export async function startMetricsServer(metrics: CallMetrics, port: number, host: string | undefined): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    if (req.method === 'GET' && req.url?.split('?')[0] === '/metrics') return void sendMetrics(metrics, res)
    const body = JSON.stringify({ errors: [{ code: 'not_found', message: `Cannot ${req.method} ${req.url?.split('?')[0]}` }] })
    res.writeHead(404, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body) })
    res.end(body)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve())
  })
  return server
}
