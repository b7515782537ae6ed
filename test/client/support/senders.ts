import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';
import { createCloudConnectClient, type AttemptEvent, type CloudConnectClientOptions } from '../../../src/index.js';
import { scriptedServer, type Script } from '../../support/scripted-server.js';

/**
 * The two ways the client sends: `node:http` (its default in Node) and `fetch` (its default elsewhere, and what the
 * `fetch` option selects). Client tests run once per sender with `describe.each(SENDERS)`.
 */
export const SENDERS: { sender: 'node:http' | 'fetch'; options: Pick<CloudConnectClientOptions, 'fetch'> }[] = [
  { sender: 'node:http', options: {} },
  { sender: 'fetch', options: { fetch: (input, init) => globalThis.fetch(input, init) } },
];

export interface Seen {
  method: string;
  /** Path and query, as the server received them. */
  path: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * A loopback server that records each request and answers with `reply`'s `Response`, for tests that want to see
 * exactly what went on the wire whichever sender put it there.
 */
export async function recordingServer(reply: (seen: Seen) => Response | Promise<Response>) {
  const requests: Seen[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers[name] = value;
      const seen = { method: req.method ?? '', path: req.url ?? '', headers, body: Buffer.concat(chunks).toString('utf8') };
      requests.push(seen);
      const response = await reply(seen);
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

/**
 * A client over one sender, talking to a scripted loopback server, with its log events collected. Servers close
 * after each test of the file that calls this at its top level.
 */
export function scriptedClients(base: Omit<CloudConnectClientOptions, 'endpoint' | 'logger'>) {
  let servers: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    await Promise.all(servers.map((s) => s.close()));
    servers = [];
  });
  return async (script: Script[], options: Partial<CloudConnectClientOptions> = {}) => {
    const server = await scriptedServer(script);
    servers.push(server);
    const events: AttemptEvent[] = [];
    const cc = createCloudConnectClient({ ...base, endpoint: server.url, logger: (event) => events.push(event), ...options });
    return { cc, server, events };
  };
}

/** A request as a stub `fetch` received it (the whole URL, since no server parsed it). */
export interface FetchSeen {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | null;
}

/** A `fetch` that records each request and answers with `reply()`, for tests of what a client sends, without sockets. */
export function recordingFetch(reply: () => Response) {
  const seen: FetchSeen[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    seen.push({ method: request.method, url: request.url, headers: Object.fromEntries(request.headers), body: request.body ? await request.text() : null });
    return reply();
  };
  return { fetch, seen };
}
