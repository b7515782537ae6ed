import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Arrival {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/**
 * What the server does with one request: answer (`rawBody` is sent as it is, `body` as JSON), hold the connection
 * open until the test ends, or send the status, headers and the start of a body and then stall.
 */
export type Script = { status: number; headers?: Record<string, string>; body?: unknown; rawBody?: string } | { stallAfter: string } | 'hang';

/**
 * A loopback HTTP server that answers requests from a script, one entry per arrival, and records what
 * arrived. The last entry repeats once the script runs out.
 */
export async function scriptedServer(script: Script[]) {
  const arrivals: Arrival[] = [];
  const hanging: ServerResponse[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      arrivals.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      const step = script[Math.min(arrivals.length - 1, script.length - 1)]!;
      if (step === 'hang') {
        hanging.push(res);
        return;
      }
      if ('stallAfter' in step) {
        hanging.push(res);
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '1000', 'X-Request-Id': `req-${arrivals.length}` });
        res.write(step.stallAfter);
        return;
      }
      const payload = step.rawBody ?? (step.body === undefined ? '' : JSON.stringify(step.body));
      res.writeHead(step.status, { 'Content-Type': 'application/json', 'X-Request-Id': `req-${arrivals.length}`, ...step.headers });
      res.end(payload);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    arrivals,
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
