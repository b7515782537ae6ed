import fc from 'fast-check';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cors } from '../../src/emulator/cors.js';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';

let emulator: RunningEmulator;
const logged: string[] = [];

beforeAll(async () => {
  emulator = await startEmulator({ docsDir: false, maxBodyBytes: 1024, log: (line) => logged.push(line) });
});

afterAll(async () => {
  await emulator.close();
});

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends bytes exactly as given over a fresh TCP connection and reads the one answer until the server closes. */
function raw(request: string | Buffer): Promise<RawAnswer> {
  const { hostname, port } = new URL(emulator.url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) });
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      const [statusLine = '', ...lines] = text.slice(0, split).split('\r\n');
      const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: text.slice(split + 4) });
    });
    socket.end(request);
  });
}

const api = () => `/v3/${emulator.domainId}/ccaas/cloud-connections`;
const host = () => new URL(emulator.url).host;
const token = () => emulator.token;

describe('malformed requests get a Huawei-style 4xx and leave the log empty', () => {
  /** A token-authenticated create whose body is exactly these bytes. */
  const post = (body: Buffer) =>
    Buffer.concat([
      Buffer.from(`POST ${api()} HTTP/1.1\r\nHost: ${host()}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nX-Auth-Token: ${token()}\r\nConnection: close\r\n\r\n`),
      body,
    ]);
  const table: { given: string; request: () => string | Buffer; status: number; code: string; message: RegExp }[] = [
    { given: 'GET with the asterisk target', request: () => `GET * HTTP/1.1\r\nHost: ${host()}\r\nConnection: close\r\n\r\n`, status: 400, code: 'APIGW.0201', message: /Bad request target "\*"/ },
    { given: 'a bare word as target', request: () => `GET foo HTTP/1.1\r\nHost: ${host()}\r\nConnection: close\r\n\r\n`, status: 400, code: 'APIGW.0201', message: /request target|not a valid URL/ },
    { given: 'an absolute URL of another scheme', request: () => `GET ftp://example.com/v3 HTTP/1.1\r\nHost: ${host()}\r\nConnection: close\r\n\r\n`, status: 400, code: 'APIGW.0201', message: /Bad request target "ftp:/ },
    { given: 'an absolute URL that does not parse', request: () => `GET http://[bad/v3 HTTP/1.1\r\nHost: ${host()}\r\nConnection: close\r\n\r\n`, status: 400, code: 'APIGW.0201', message: /request target|not a valid URL/ },
    { given: 'a malformed percent-escape in the path', request: () => `GET /v3/%zz/ccaas HTTP/1.1\r\nHost: ${host()}\r\nConnection: close\r\n\r\n`, status: 400, code: 'CC.1001', message: /malformed percent-escape/ },
    { given: 'a malformed percent-escape in the query', request: () => `GET ${api()}?limit=%E0%A4%A HTTP/1.1\r\nHost: ${host()}\r\nX-Auth-Token: ${token()}\r\nConnection: close\r\n\r\n`, status: 400, code: 'CC.1001', message: /malformed percent-escape/ },
    { given: 'a NUL byte in the target', request: () => `GET /v3/\u0000 HTTP/1.1\r\nHost: ${host()}\r\nConnection: close\r\n\r\n`, status: 400, code: 'APIGW.0201', message: /not a valid URL|not valid HTTP/ },
    { given: 'a method HTTP does not know', request: () => `FROB ${api()} HTTP/1.1\r\nHost: ${host()}\r\nConnection: close\r\n\r\n`, status: 400, code: 'APIGW.0201', message: /not an HTTP method/ },
    { given: 'a method no operation takes', request: () => `PATCH ${api()} HTTP/1.1\r\nHost: ${host()}\r\nConnection: close\r\n\r\n`, status: 405, code: 'APIGW.0201', message: /Method PATCH is not allowed/ },
    { given: 'a CONNECT request', request: () => `CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n`, status: 405, code: 'APIGW.0201', message: /not a proxy/ },
    { given: 'an HTTP/1.1 request without Host', request: () => `GET ${api()} HTTP/1.1\r\nConnection: close\r\n\r\n`, status: 400, code: 'APIGW.0201', message: /needs a Host header/ },
    { given: 'a control character in a header value', request: () => `GET ${api()} HTTP/1.1\r\nHost: ${host()}\r\nX-Bad: a\u0001b\r\n\r\n`, status: 400, code: 'APIGW.0201', message: /not valid HTTP\/1\.1/ },
    { given: 'a header line without a colon', request: () => `GET ${api()} HTTP/1.1\r\nHost: ${host()}\r\nNot a header\r\n\r\n`, status: 400, code: 'APIGW.0201', message: /not valid HTTP\/1\.1/ },
    { given: 'a target larger than the header limit', request: () => `GET ${api()}?name=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: ${host()}\r\n\r\n`, status: 431, code: 'APIGW.0201', message: /headers too large/ },
    { given: 'an Expect other than 100-continue', request: () => `GET ${api()} HTTP/1.1\r\nHost: ${host()}\r\nExpect: 200-ok\r\nConnection: close\r\n\r\n`, status: 417, code: 'APIGW.0201', message: /only Expect this server meets is 100-continue/ },
    { given: 'both Content-Length and Transfer-Encoding', request: () => `POST ${api()} HTTP/1.1\r\nHost: ${host()}\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`, status: 400, code: 'APIGW.0201', message: /not valid HTTP\/1\.1/ },
    { given: 'a Content-Length that is not a number', request: () => `POST ${api()} HTTP/1.1\r\nHost: ${host()}\r\nContent-Length: abc\r\n\r\n`, status: 400, code: 'APIGW.0201', message: /not valid HTTP\/1\.1/ },
    { given: 'a chunk size that is not hexadecimal', request: () => `POST ${api()} HTTP/1.1\r\nHost: ${host()}\r\nTransfer-Encoding: chunked\r\nX-Auth-Token: ${token()}\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`, status: 400, code: 'APIGW.0201', message: /not valid HTTP\/1\.1/ },
    { given: 'a body that is not JSON', request: () => post(Buffer.from('{"cloud_')), status: 400, code: 'CC.1001', message: /not valid JSON/ },
    { given: 'a body that is not UTF-8', request: () => post(Buffer.from([0x22, 0xff, 0xfe, 0x22])), status: 400, code: 'CC.1001', message: /Invalid request body/ },
    { given: 'a body of another media type', request: () => `POST ${api()} HTTP/1.1\r\nHost: ${host()}\r\nContent-Type: text/plain\r\nContent-Length: 2\r\nX-Auth-Token: ${token()}\r\nConnection: close\r\n\r\n{}`, status: 400, code: 'CC.1001', message: /must be JSON/ },
    { given: 'a body over the size limit', request: () => `POST ${api()} HTTP/1.1\r\nHost: ${host()}\r\nContent-Type: application/json\r\nContent-Length: 2000\r\nX-Auth-Token: ${token()}\r\nConnection: close\r\n\r\n${' '.repeat(2000)}`, status: 413, code: 'APIGW.0201', message: /too large/ },
    { given: 'a required body left out', request: () => `POST ${api()} HTTP/1.1\r\nHost: ${host()}\r\nContent-Length: 0\r\nX-Auth-Token: ${token()}\r\nConnection: close\r\n\r\n`, status: 400, code: 'CC.1001', message: /body is missing/ },
  ];

  it.each(table)('$given → $status $code', async ({ request, status, code, message }) => {
    const answer = await raw(request());
    expect(answer.status).toBe(status);
    expect(answer.headers['x-request-id']).toMatch(/^[0-9a-f]{32}$/);
    const body = JSON.parse(answer.body) as { error_code: string; error_msg: string; request_id: string };
    expect(body).toMatchObject({ error_code: code, request_id: answer.headers['x-request-id'] });
    expect(body.error_msg).toMatch(message);
    expect(logged).toEqual([]);
  });

  it('answers OPTIONS * with what the server supports, not a 500', async () => {
    const answer = await raw(`OPTIONS * HTTP/1.1\r\nHost: ${host()}\r\nConnection: close\r\n\r\n`);
    expect([answer.status, answer.headers.allow, answer.body]).toEqual([204, 'GET, POST, PUT, DELETE, OPTIONS', '']);
    expect(logged).toEqual([]);
  });

  it.each([
    { given: 'mid-body', bytes: () => `POST ${api()} HTTP/1.1\r\nHost: ${host()}\r\nContent-Type: application/json\r\nContent-Length: 100\r\nX-Auth-Token: ${token()}\r\n\r\n{"cloud_conn` },
    { given: 'mid-headers', bytes: () => `POST ${api()} HTTP/1.1\r\nHost: ${host()}\r\nContent-Le` },
    { given: 'before the chunked body ends', bytes: () => `POST ${api()} HTTP/1.1\r\nHost: ${host()}\r\nTransfer-Encoding: chunked\r\nX-Auth-Token: ${token()}\r\n\r\n5\r\n{"clo` },
  ])('stays quiet when a client hangs up $given, and keeps serving', async ({ bytes }) => {
    const { hostname, port } = new URL(emulator.url);
    await new Promise<void>((resolve, reject) => {
      const socket = connect({ host: hostname, port: Number(port) }, () => {
        socket.write(bytes());
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 50);
      });
      socket.on('error', reject);
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const list = await fetch(`${emulator.url}${api()}`, { headers: { 'X-Auth-Token': token() } });
    expect(list.status).toBe(200);
    expect(logged).toEqual([]);
  });
});

describe('random request heads and bodies', () => {
  it('never get a 5xx, and every error is Huawei-shaped; nothing is logged', async () => {
    const method = fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'HEAD', 'TRACE', 'FROB', 'get', '');
    const target = fc.oneof(fc.string(), fc.webPath(), fc.webUrl(), fc.constant('*'), fc.string().map((rest) => `${api()}${rest}`));
    const header = fc.tuple(fc.constantFrom('Content-Type', 'Content-Length', 'Transfer-Encoding', 'X-Auth-Token', 'Authorization', 'Origin', 'X-Sdk-Date', 'Expect', 'X'), fc.string());
    const head = fc.record({ method, target, headers: fc.array(header, { maxLength: 4 }), body: fc.uint8Array({ maxLength: 64 }) });
    await fc.assert(
      fc.asyncProperty(head, async ({ method, target, headers, body }) => {
        const lines = [`${method} ${target} HTTP/1.1`, `Host: ${host()}`, ...headers.map(([name, value]) => `${name}: ${value}`), 'Connection: close'];
        const answer = await raw(Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`), body]));
        // Some byte strings are not a request at all (the parser skips them and the client closes): no answer is fine.
        if (Number.isNaN(answer.status)) return;
        expect(answer.status).toBeLessThan(500);
        // A HEAD answer carries the headers of the error but, by HTTP's rules, no body.
        if (answer.status >= 400 && method !== 'HEAD') {
          expect(answer.headers['content-type']).toBe('application/json;charset=UTF-8');
          expect(Object.keys(JSON.parse(answer.body) as object).sort()).toEqual(['error_code', 'error_msg', 'request_id']);
        }
      }),
      { numRuns: 200, seed: 13 },
    );
    expect(logged).toEqual([]);
  }, 120_000);
});

describe('CORS for browser callers', () => {
  const preflight = (origin: string, url = emulator.url) =>
    fetch(`${url}${api()}`, {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization, content-type, x-sdk-date' },
    });

  it.each(['http://localhost:5173', 'http://127.0.0.1:8080', 'http://[::1]:3000', 'http://localhost'])('answers the preflight of the local origin %s', async (origin) => {
    const answer = await preflight(origin);
    expect(answer.status).toBe(204);
    expect(Object.fromEntries([...answer.headers].filter(([name]) => name.startsWith('access-control-')))).toEqual({
      'access-control-allow-origin': origin,
      'access-control-allow-methods': 'GET, POST, PUT, DELETE',
      'access-control-allow-headers': 'Authorization, Content-Type, X-Sdk-Date, X-Sdk-Content-Sha256, X-Domain-Id, X-Security-Token, X-Auth-Token',
      'access-control-max-age': '600',
    });
    expect(answer.headers.get('vary')).toBe('Origin');
  });

  it.each(['https://localhost:5173', 'http://localhost.example.com', 'http://localhost:abc', 'https://app.example.com'])('refuses the preflight of %s by default', async (origin) => {
    const answer = await preflight(origin);
    expect(answer.status).toBe(403);
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    expect(await answer.json()).toMatchObject({ error_code: 'APIGW.0201', error_msg: expect.stringContaining(`--cors-origin ${origin}`) });
  });

  it('lets an allowed page read answers and errors, X-Request-Id included; other pages get no grant', async () => {
    const ok = await fetch(`${emulator.url}${api()}`, { headers: { Origin: 'http://localhost:5173', 'X-Auth-Token': token() } });
    const refused = await fetch(`${emulator.url}${api()}`, { headers: { Origin: 'http://localhost:5173' } });
    const foreign = await fetch(`${emulator.url}${api()}`, { headers: { Origin: 'https://evil.example', 'X-Auth-Token': token() } });
    const grant = (answer: Response) => [answer.status, answer.headers.get('access-control-allow-origin'), answer.headers.get('access-control-expose-headers')];
    expect([grant(ok), grant(refused), grant(foreign)]).toEqual([
      [200, 'http://localhost:5173', 'X-Request-Id, Retry-After'],
      [401, 'http://localhost:5173', 'X-Request-Id, Retry-After'],
      [200, null, null],
    ]);
  });

  it('takes its allowed origins from the corsOrigins option', async () => {
    const custom = await startEmulator({ docsDir: false, log: (line) => logged.push(line), corsOrigins: ['https://app.example.com'] });
    const open = await startEmulator({ docsDir: false, log: (line) => logged.push(line), corsOrigins: ['*'] });
    try {
      expect([(await preflight('https://app.example.com', custom.url)).status, (await preflight('http://localhost:5173', custom.url)).status]).toEqual([204, 403]);
      expect((await preflight('https://anything.example', open.url)).headers.get('access-control-allow-origin')).toBe('https://anything.example');
    } finally {
      await Promise.all([custom.close(), open.close()]);
    }
  });

  it.each(['localhost:5173', 'http://localhost:5173/', 'app.example.com'])('refuses %s as an origin pattern, saying what one looks like', (pattern) => {
    expect(() => new Cors([pattern])).toThrow(/is not an origin: use scheme:\/\/host\[:port\]/);
  });

  it('an OPTIONS without Origin is not a preflight: the API answers 405 as before', async () => {
    const answer = await fetch(`${emulator.url}${api()}`, { method: 'OPTIONS' });
    expect([answer.status, answer.headers.get('allow')]).toEqual([405, 'GET, POST']);
    expect(logged).toEqual([]);
  });
});
