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
    res.statusCode = 404
    res.end()
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve())
  })
  return server
}
