import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifySignature, type AccessKeyCredentials, type VerifyResult } from '../../../src/auth/index.js';

/** What the loopback gateway saw, echoed back as the JSON response body. */
export interface Arrival {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  bodySha256: string;
  verdict: VerifyResult | null;
}

export interface Gateway {
  origin: string;
  arrivals: Arrival[];
  close(): Promise<void>;
}

export interface GatewayOptions {
  keys: AccessKeyCredentials[];
  /** Answers a request itself (static files, canned errors) when it returns true. */
  route?: (request: IncomingMessage, response: ServerResponse) => boolean;
}

/**
 * Plays the API gateway on 127.0.0.1: rebuilds the canonical request from the raw target, headers and body bytes
 * that arrived and checks them with the same verifySignature the emulator uses. Token requests are echoed unverified.
 */
export async function startGateway({ keys, route }: GatewayOptions): Promise<Gateway> {
  const arrivals: Arrival[] = [];
  const server = createServer((request, response) => {
    if (route?.(request, response)) return;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      const target = { method: request.method ?? '', url: request.url ?? '', headers: request.headers, body };
      const verdictPromise =
        request.headers.authorization === undefined
          ? Promise.resolve(null)
          : verifySignature(target, { lookup: (ak) => keys.find((key) => key.accessKey === ak) });
      void verdictPromise.then((verdict) => {
        const arrival: Arrival = {
          method: target.method,
          url: target.url,
          headers: request.headers,
          body: body.toString('utf8'),
          bodySha256: createHash('sha256').update(body).digest('hex'),
          verdict,
        };
        arrivals.push(arrival);
        response.writeHead(verdict === null || verdict.ok ? 200 : 401, { 'content-type': 'application/json' });
        response.end(JSON.stringify(arrival));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    arrivals,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

type Parameters = {
  query?: Record<string, string | string[] | number>;
  header?: never;
  path: { domain_id: string; id: string };
  cookie?: never;
};
type Responses = { 200: { headers: { [name: string]: unknown }; content: { 'application/json': Arrival } } };
type Read = { parameters: Parameters; requestBody?: never; responses: Responses };
type Write = { parameters: Parameters; requestBody: { content: { 'application/json': unknown } }; responses: Responses };

/** Just enough of the Cloud Connect paths for openapi-fetch's types. */
export interface TestPaths {
  '/v3/{domain_id}/ccaas/cloud-connections/{id}': {
    parameters: Parameters;
    get: Read;
    delete: Read;
    put: Write;
    post: Write;
  };
}
