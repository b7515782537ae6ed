import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fetchSender } from '../../src/senders/fetch.js';
import { nodeSender } from '../../src/senders/node.js';
import type { Sender } from '../../src/senders/types.js';

// Both senders against one loopback server whose answers are chosen by the request path.

interface Arrival {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
  /** The client's port: the same one for two requests means the connection was kept and reused. */
  port: number;
}
const arrivals: Arrival[] = [];
let server: Server;
let port: number;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      arrivals.push({ method: req.method!, url: req.url!, headers: req.headers, body, port: req.socket.remotePort! });
      if (req.url === '/cut') {
        res.writeHead(200, { 'Content-Length': '100' });
        res.write('partial');
        setTimeout(() => res.destroy(), 20);
        return;
      }
      if (req.url === '/never') return;
      res.writeHead(201, [
        ['Content-Type', 'application/json'],
        ['X-Twice', 'a'],
        ['X-Twice', 'b'],
      ]);
      res.end('{"ok":"é"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const STUCK = new Error('no answer within 3 s: the sender never settled');

/**
 * The sender's answer, or a rejection with STUCK if it has not settled within 3 s (every request here takes
 * milliseconds), so a sender that never settles fails its test at once instead of hanging until the test's timeout.
 */
function within<T>(answer: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stuck = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(STUCK), 3000)));
  return Promise.race([answer, stuck]).finally(() => clearTimeout(timer));
}

const SENDERS: [string, Sender][] = [
  ['node:http', nodeSender()!],
  ['fetch', fetchSender((input, init) => globalThis.fetch(input, init))],
];

describe.each(SENDERS)('%s sender', (_, send) => {
  it('sends method, path, query, headers and a UTF-8 body with its byte length; reads status, headers and body', async () => {
    arrivals.length = 0;
    const answer = await within(send({ method: 'PUT', url: `http://127.0.0.1:${port}/v3/x?a=1`, headers: { 'x-one': '1', 'content-type': 'application/json' }, body: '{"n":"é"}' }).answer);
    expect(arrivals.map(({ method, url, headers, body }) => [method, url, headers['x-one'], headers['content-length'], body])).toEqual([['PUT', '/v3/x?a=1', '1', '10', '{"n":"é"}']]);
    expect([answer.status, answer.body, answer.header('content-type'), answer.header('x-twice'), answer.header('x-none')]).toEqual([201, '{"ok":"é"}', 'application/json', 'a, b', null]);
    expect(answer.headerList().filter((entry) => !Array.isArray(entry) || entry.length !== 2 || entry.some((part) => typeof part !== 'string'))).toEqual([]);
    expect(answer.headerList().filter(([name]) => name.toLowerCase().startsWith('x-')).map(([name, value]) => [name.toLowerCase(), value])).toEqual(
      _ === 'fetch' ? [['x-twice', 'a, b']] : [['x-twice', 'a'], ['x-twice', 'b']],
    );
  });

  it('sends a URL without a path to /, and no body without one', async () => {
    arrivals.length = 0;
    const answer = await within(send({ method: 'GET', url: `http://127.0.0.1:${port}`, headers: {} }).answer);
    expect([answer.status, arrivals.map((a) => [a.url, a.body, a.headers['content-length']])]).toEqual([201, [['/', '', undefined]]]);
  });

  it('rejects an answer cut before its end', async () => {
    const error = await within(send({ method: 'GET', url: `http://127.0.0.1:${port}/cut`, headers: {} }).answer).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBe(STUCK);
  });

  it('cancel drops a request that has no answer yet', async () => {
    const sending = send({ method: 'GET', url: `http://127.0.0.1:${port}/never`, headers: {} });
    sending.cancel(new Error('given up'));
    await expect(within(sending.answer)).rejects.not.toBe(STUCK);
  });
});

describe('node:http sender only', () => {
  it('marks a cut answer as ECONNRESET so the transport treats it as a network failure', async () => {
    const error = (await within(nodeSender()!({ method: 'GET', url: `http://127.0.0.1:${port}/cut`, headers: {} }).answer).catch((e: unknown) => e)) as { code?: string };
    expect(error.code).toBe('ECONNRESET');
  });

  it('keeps the connection for the next request to the same origin, whatever the path', async () => {
    arrivals.length = 0;
    const send = nodeSender()!;
    await within(send({ method: 'GET', url: `http://127.0.0.1:${port}/a`, headers: {} }).answer);
    await within(send({ method: 'GET', url: `http://127.0.0.1:${port}/b?x=1`, headers: {} }).answer);
    expect(arrivals.map((a) => a.url)).toEqual(['/a', '/b?x=1']);
    expect(arrivals[1]!.port).toBe(arrivals[0]!.port);
  });

  it('speaks TLS to an https URL (so a plain HTTP server fails the handshake)', async () => {
    await expect(within(nodeSender()!({ method: 'GET', url: `https://127.0.0.1:${port}/`, headers: {} }).answer)).rejects.toMatchObject({ code: expect.stringMatching(/^(EPROTO|ERR_SSL_WRONG_VERSION_NUMBER|ECONNRESET)$/) });
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it.each<[string, Record<string, unknown>]>([
    ['Deno', { Deno: {} }],
    ['Bun', { Bun: {} }],
    ['Cloudflare Workers', { navigator: { userAgent: 'Cloudflare-Workers' } }],
    ['a process that is not Node', { process: { ...process, release: { name: 'io.js' } } }],
    ['a process without release', { process: { getBuiltinModule: process.getBuiltinModule } }],
    ['no process', { process: undefined }],
    ['Node without getBuiltinModule', { process: { release: process.release } }],
  ])('is not offered in %s', (_, globals) => {
    for (const [name, value] of Object.entries(globals)) vi.stubGlobal(name, value);
    const sender = nodeSender();
    vi.unstubAllGlobals();
    expect(sender).toBeUndefined();
  });

  it('is offered in Node', () => {
    expect(typeof nodeSender()).toBe('function');
  });
});
