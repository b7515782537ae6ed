import { inspect } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CloudConnectError, CloudConnectNetworkError, CloudConnectPermissionError, createCloudConnectClient, type CloudConnectClient } from '../../src/index.js';
import { recordingFetch } from './support/senders.js';

// The operation methods over a stub `fetch`: what each call puts on the wire (URL, query, headers, body) and what it
// makes of the answer, without sockets.

const DOMAIN = '0123456789abcdef0123456789abcdef';
const BASE = `https://cc.example.test/v3/${DOMAIN}`;


/** A client whose every call is answered by `reply` and recorded. */
function clientAnswering(reply: () => Response, credentials: { token: string } | { accessKey: string; secretKey: string } = { token: 'iam-token' }) {
  const { fetch, seen } = recordingFetch(reply);
  const cc = createCloudConnectClient({
    endpoint: 'https://cc.example.test/',
    domainId: DOMAIN,
    credentials,
    retry: false,
    fetch,
  });
  return { cc, seen };
}

const ok = () => Response.json({ ok: true });
type Call = (cc: CloudConnectClient) => Promise<unknown>;

describe('the request of a call', () => {
  it.each<[string, Call, string]>([
    ['no arguments', (cc) => cc.listBandwidthPackageTags(), `${BASE}/ccaas/bandwidth-packages/tags`],
    ['a path parameter, encoded', (cc) => cc.showCloudConnection({ id: 'a b/c' }), `${BASE}/ccaas/cloud-connections/a%20b%2Fc`],
    ['two path parameters', (cc) => cc.deleteCentralNetworkAttachment({ central_network_id: 'cn', attachment_id: 'at' }), `${BASE}/gcn/central-network/cn/attachments/at`],
    ['query values in the order of the operation, percent-encoded', (cc) => cc.listCloudConnections({ name: ['a&b c'], limit: 5 }), `${BASE}/ccaas/cloud-connections?limit=5&name=a%26b%20c`],
    ['an array as repeated keys', (cc) => cc.listCloudConnections({ status: ['ACTIVE', 'ACTIVE'] } as never), `${BASE}/ccaas/cloud-connections?status=ACTIVE&status=ACTIVE`],
    ['an array after another value', (cc) => cc.listCloudConnections({ limit: 1, id: ['x', 'y'] } as never), `${BASE}/ccaas/cloud-connections?limit=1&id=x&id=y`],
    ['an object as key[field]', (cc) => cc.listCloudConnections({ name: { a: '1', 'b c': '2' } } as never), `${BASE}/ccaas/cloud-connections?name[a]=1&name[b%20c]=2`],
    ['an object after another value', (cc) => cc.listCloudConnections({ limit: 1, name: { a: '1' } } as never), `${BASE}/ccaas/cloud-connections?limit=1&name[a]=1`],
    ['undefined and null query values left out', (cc) => cc.listCloudConnections({ limit: undefined, name: null, marker: 'm' } as never), `${BASE}/ccaas/cloud-connections?marker=m`],
    ['a zero and false are sent', (cc) => cc.listCloudConnections({ limit: 0, name: false } as never), `${BASE}/ccaas/cloud-connections?limit=0&name=false`],
  ])('%s', async (_, call, url) => {
    const { cc, seen } = clientAnswering(ok);
    await call(cc);
    expect(seen.map((s) => s.url)).toEqual([url]);
  });

  it.each<[string, Call, { method: string; contentType: string | undefined; body: string | null }]>([
    ['a GET has no body and no Content-Type', (cc) => cc.showCloudConnection({ id: 'x' }), { method: 'GET', contentType: undefined, body: null }],
    ['a body is sent as JSON', (cc) => cc.updateCloudConnection({ id: 'x', body: { cloud_connection: { name: 'n' } } }), { method: 'PUT', contentType: 'application/json', body: '{"cloud_connection":{"name":"n"}}' }],
    ['an operation with a body, called without one, sends none', (cc) => cc.associateBandwidthPackage({ id: 'x' } as never), { method: 'POST', contentType: undefined, body: null }],
    ['a POST without a body', (cc) => cc.applyCentralNetworkPolicy({ central_network_id: 'cn', policy_id: 'p' }), { method: 'POST', contentType: undefined, body: null }],
  ])('%s', async (_, call, want) => {
    const { cc, seen } = clientAnswering(ok);
    await call(cc);
    expect(seen.map((s) => ({ method: s.method, contentType: s.headers['content-type'], body: s.body }))).toEqual([want]);
  });

  it('sends the call options headers by lower-case name, over the JSON content type, without changing later calls', async () => {
    const { cc, seen } = clientAnswering(ok);
    await cc.updateCloudConnection({ id: 'x', body: {} as never }, { headers: { 'X-Trace-Id': 't-1', 'Content-Type': 'application/merge-patch+json' } });
    await cc.updateCloudConnection({ id: 'x', body: {} as never });
    expect(seen.map((s) => [s.headers['x-trace-id'], s.headers['content-type']])).toEqual([
      ['t-1', 'application/merge-patch+json'],
      [undefined, 'application/json'],
    ]);
  });

  it('keeps the JSON content type when the call options add other headers', async () => {
    const { cc, seen } = clientAnswering(ok);
    await cc.updateCloudConnection({ id: 'x', body: {} as never }, { headers: { 'X-Trace-Id': 't-2' } });
    expect(seen.map((s) => [s.headers['x-trace-id'], s.headers['content-type']])).toEqual([['t-2', 'application/json']]);
  });

  it('authenticates with the token and the domain id', async () => {
    const { cc, seen } = clientAnswering(ok);
    await cc.listBandwidthPackageTags();
    expect([seen[0]!.headers['x-auth-token'], seen[0]!.headers['x-domain-id']]).toEqual(['iam-token', DOMAIN]);
  });
});

describe('arguments refused before anything is sent', () => {
  it.each<[string, Call, string]>([
    ['one unknown argument, listing the accepted ones', (cc) => cc.showCloudConnection({ id: 'x', nmae: 'y' } as never), 'ShowCloudConnection: unknown argument "nmae"; it accepts "id".'],
    ['two unknown arguments', (cc) => cc.showCloudConnection({ a: 1, b: 2 } as never), 'ShowCloudConnection: unknown arguments "a", "b"; it accepts "id".'],
    ['an operation without arguments', (cc) => cc.listBandwidthPackageTags({ x: 1 } as never), 'ListBandwidthPackageTags: unknown argument "x"; it accepts no arguments.'],
    ['a body where the operation takes none', (cc) => cc.applyCentralNetworkPolicy({ central_network_id: 'c', policy_id: 'p', body: {} } as never), 'ApplyCentralNetworkPolicy: unknown argument "body"; it accepts "central_network_id", "policy_id".'],
    ['the accepted list: path, query, then body', (cc) => cc.listCentralNetworksByTags({ x: 1 } as never), 'ListCentralNetworksByTags: unknown argument "x"; it accepts "limit", "marker", "body".'],
    ['a missing path parameter', (cc) => cc.showCloudConnection({} as never), 'ShowCloudConnection: the path parameter "id" is missing or empty; pass the resource\'s id as { id: \'…\' }.'],
    ['a null path parameter', (cc) => cc.showCloudConnection({ id: null } as never), 'ShowCloudConnection: the path parameter "id" is missing or empty; pass the resource\'s id as { id: \'…\' }.'],
    ['an empty path parameter', (cc) => cc.showCloudConnection({ id: '' }), 'ShowCloudConnection: the path parameter "id" is missing or empty; pass the resource\'s id as { id: \'…\' }.'],
    ['a path parameter of "."', (cc) => cc.showCloudConnection({ id: '.' }), 'ShowCloudConnection: the path parameter "id" is "."; pass the resource\'s id as { id: \'…\' }.'],
    ['a path parameter of ".."', (cc) => cc.deleteCloudConnection({ id: '..' }), 'DeleteCloudConnection: the path parameter "id" is ".."; pass the resource\'s id as { id: \'…\' }.'],
  ])('%s', async (_, call, message) => {
    const { cc, seen } = clientAnswering(ok);
    await expect(call(cc)).rejects.toThrow(message);
    expect(seen).toEqual([]);
  });
});

describe('what a call makes of the answer', () => {
  it.each<[string, () => Response, unknown]>([
    ['a JSON 200', () => Response.json({ a: 1 }), { a: 1 }],
    ['a 204', () => new Response(null, { status: 204 }), undefined],
    ['a 200 with an empty body', () => new Response('', { status: 200 }), undefined],
    ['a 299 is a success', () => Response.json({ b: 2 }, { status: 299 }), { b: 2 }],
  ])('%s', async (_, reply, want) => {
    const { cc } = clientAnswering(reply);
    expect(await cc.showCloudConnection({ id: 'x' })).toEqual(want);
  });

  it.each<[string, () => Response, Record<string, unknown>]>([
    ['a 300 is a failure', () => Response.json({ error_code: 'X.1', error_msg: 'moved' }, { status: 300 }), { status: 300, errorCode: 'X.1', errorMsg: 'moved', operationId: 'ShowCloudConnection' }],
    [
      'a 2xx body that is not JSON, without a Content-Type or request id',
      () => new Response(new TextEncoder().encode('<html>'), { status: 200 }),
      {
        status: 200,
        errorCode: '',
        requestId: '',
        errorMsg: 'the answer body is not valid JSON (Content-Type: none, 6 characters)',
        message: 'ShowCloudConnection failed with HTTP 200: the answer body is not valid JSON (Content-Type: none, 6 characters) Check that the endpoint is the Cloud Connect API and not a proxy or a login page.',
      },
    ],
    ['a 2xx body that is not JSON, with its request id', () => new Response('x', { status: 201, headers: { 'content-type': 'text/plain', 'x-request-id': 'r-7' } }), { requestId: 'r-7', errorMsg: 'the answer body is not valid JSON (Content-Type: text/plain, 1 characters)' }],
    ['a failure whose body is not JSON keeps the text as the message', () => new Response('upstream timed out', { status: 504 }), { status: 504, errorMsg: 'upstream timed out', message: 'ShowCloudConnection failed with HTTP 504: upstream timed out' }],
    ['a 401 to a token call has no clock hint', () => new Response('{"error_code":"APIGW.0307"}', { status: 401, headers: { date: 'Mon, 01 Jan 2024 00:00:00 GMT' } }), { status: 401, message: 'ShowCloudConnection failed with HTTP 401 APIGW.0307' }],
  ])('%s', async (_, reply, want) => {
    const { cc } = clientAnswering(reply);
    const error = await cc.showCloudConnection({ id: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CloudConnectError);
    expect(error).toMatchObject(want);
  });

  it.each<[string, string, boolean]>([
    ['a 401 to a signed call whose date is an hour off the gateway names the clock', 'Mon, 01 Jan 2024 00:00:00 GMT', true],
    ['a 401 to a signed call in time with the gateway has no clock hint', new Date().toUTCString(), false],
  ])('%s', async (_, gatewayDate, hinted) => {
    const { cc } = clientAnswering(() => new Response('{"error_code":"APIGW.0301"}', { status: 401, headers: { date: gatewayDate } }), { accessKey: 'AKEXAMPLE01', secretKey: 'secret-key-0001' });
    const error = (await cc.showCloudConnection({ id: 'x' }).catch((e: unknown) => e)) as CloudConnectError;
    expect(error.message.includes('Synchronise this machine')).toBe(hinted);
  });

  it('a signed call answered 200 with a body that is not JSON keeps the proxy hint (no clock hint replaces it)', async () => {
    const { cc } = clientAnswering(() => new Response('<html>', { status: 200, headers: { date: 'Mon, 01 Jan 2024 00:00:00 GMT' } }), { accessKey: 'AKEXAMPLE01', secretKey: 'secret-key-0001' });
    const error = (await cc.showCloudConnection({ id: 'x' }).catch((e: unknown) => e)) as CloudConnectError;
    expect(error.message).toBe('ShowCloudConnection failed with HTTP 200: the answer body is not valid JSON (Content-Type: text/plain;charset=UTF-8, 6 characters) Check that the endpoint is the Cloud Connect API and not a proxy or a login page.');
  });

  it('a 403 to a signed call has no clock hint even when the dates differ', async () => {
    const { cc } = clientAnswering(() => new Response('{"error_code":"X"}', { status: 403, headers: { date: 'Mon, 01 Jan 2024 00:00:00 GMT' } }), { accessKey: 'AKEXAMPLE01', secretKey: 'secret-key-0001' });
    const error = (await cc.showCloudConnection({ id: 'x' }).catch((e: unknown) => e)) as CloudConnectError;
    expect(error.message).toBe('ShowCloudConnection failed with HTTP 403 X');
  });
});

describe('a runtime that refuses network access', () => {
  it('ends the call in a CloudConnectPermissionError naming the operation and the host', async () => {
    const refused = Object.assign(new Error('Requires net access to "cc.example.test:443"'), { name: 'PermissionDenied' });
    const cc = createCloudConnectClient({ endpoint: 'https://cc.example.test', domainId: DOMAIN, credentials: { token: 't' }, retry: false, fetch: () => Promise.reject(refused) });
    const error = await cc.showCloudConnection({ id: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CloudConnectPermissionError);
    expect(error).toMatchObject({ operationId: 'ShowCloudConnection', cause: refused, message: 'ShowCloudConnection was not sent: the runtime refused network access to cc.example.test. Grant it (Deno: --allow-net=cc.example.test).' });
  });
});

describe('the connection a client is made with', () => {
  it.each<[string, string]>([
    ['https://cc.example.test', 'https://cc.example.test/v3/'],
    ['https://cc.example.test/', 'https://cc.example.test/v3/'],
    ['https://cc.example.test///', 'https://cc.example.test/v3/'],
    ['https://cc.example.test/prefix/', 'https://cc.example.test/prefix/v3/'],
  ])('the endpoint %s sends to %s…', async (endpoint, want) => {
    const urls: string[] = [];
    const cc = createCloudConnectClient({ endpoint, domainId: DOMAIN, credentials: { token: 't0ken' }, fetch: async (input: RequestInfo | URL) => (urls.push(String(input)), Response.json({})) });
    await cc.listBandwidthPackageTags();
    expect(urls).toEqual([`${want}${DOMAIN}/ccaas/bandwidth-packages/tags`]);
  });

  it('keeps its own copy of the credentials: changing the caller\'s object afterwards changes nothing sent', async () => {
    const { fetch, seen } = recordingFetch(ok);
    const credentials = { accessKey: 'AKEXAMPLE01', secretKey: 'secret-key-0001' };
    const cc = createCloudConnectClient({ endpoint: 'https://cc.example.test', domainId: DOMAIN, credentials, retry: false, fetch });
    credentials.accessKey = 'AKCHANGED02';
    await cc.listBandwidthPackageTags();
    expect(seen[0]?.headers.authorization).toMatch(/^SDK-HMAC-SHA256 Access=AKEXAMPLE01, /);
  });

  it('shows no credential when the client is inspected or serialized', () => {
    const cc = createCloudConnectClient({ domainId: DOMAIN, credentials: { accessKey: 'AKEXAMPLE01', secretKey: 'secret-key-0001', securityToken: 'security-token-01' } });
    for (const text of [inspect(cc, { showHidden: true, depth: 5 }), JSON.stringify(cc)]) {
      expect(text).not.toMatch(/secret-key-0001|security-token-01/);
    }
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('outside Node, a client without a fetch option sends with the global fetch', async () => {
    const urls: string[] = [];
    vi.stubGlobal('Deno', {});
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => (urls.push(String(input)), Response.json({ a: 1 })));
    const cc = createCloudConnectClient({ endpoint: 'https://cc.example.test', domainId: DOMAIN, credentials: { token: 't0ken' }, retry: false });
    expect(await cc.listBandwidthPackageTags()).toEqual({ a: 1 });
    expect(urls).toEqual([`https://cc.example.test/v3/${DOMAIN}/ccaas/bandwidth-packages/tags`]);
  });

  it('in Node, a client without a fetch option sends with node:http, not the global fetch', async () => {
    const fetchCalls: string[] = [];
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => (fetchCalls.push(String(input)), Response.json({})));
    // Port 1 on the loopback refuses the connection at once: node:http reports ECONNREFUSED. The short timeout makes a
    // sender that never settles fail this test in 2 s rather than hang it for the default 30.
    const cc = createCloudConnectClient({ endpoint: 'http://127.0.0.1:1', domainId: DOMAIN, credentials: { token: 't0ken' }, retry: false, timeoutMs: 2000 });
    // The abort only ends a client that retries forever (a mutant), which would otherwise outlive the test.
    const error = (await cc.listBandwidthPackageTags({}, { signal: AbortSignal.timeout(2000) }).catch((e: unknown) => e)) as CloudConnectNetworkError;
    expect([error.name, (error.cause as { code?: string }).code, fetchCalls]).toEqual(['CloudConnectNetworkError', 'ECONNREFUSED', []]);
  });
});
