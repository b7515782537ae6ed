import createClient, { type Middleware } from 'openapi-fetch';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { serializePath } from '../../src/encoding.js';
import {
  clockSkewNote,
  createAuthMiddleware,
  createCredentials,
  parseSdkDate,
  sha256Hex,
  SignableRequest,
  type Credentials,
} from '../../src/auth/index.js';
import { startGateway, type Arrival, type Gateway, type TestPaths } from './support/gateway.js';

const DOMAIN = '0123456789abcdef0123456789abcdef';
const PATH = '/v3/{domain_id}/ccaas/cloud-connections/{id}';
const PERMANENT = createCredentials({ accessKey: 'HPUAEXAMPLEAK0000001', secretKey: 'exampleSecretKey0000000000000000000000001' });
const TEMPORARY = createCredentials({ accessKey: 'HPUAEXAMPLETEMPAK001', secretKey: 'tempSecret', securityToken: 'tempSecurityToken+/=' });
const GATEWAY_DATE = 'Tue, 02 Jan 2024 03:04:05 GMT';

let gateway: Gateway;
beforeAll(async () => {
  gateway = await startGateway({
    keys: [PERMANENT, TEMPORARY],
    // Stands in for the gateway refusing an expired signature, with its own (authoritative) Date header.
    route(request, response) {
      if (!request.url?.endsWith('/expired')) return false;
      response.writeHead(401, { date: GATEWAY_DATE, 'content-type': 'application/json' });
      response.end('{"error_code":"APIGW.0303","error_msg":"Incorrect app authentication information: signature expired"}');
      return true;
    },
  });
});
afterAll(() => gateway.close());
afterEach(() => vi.restoreAllMocks());

function makeClient({
  credentials = PERMANENT as Credentials,
  signable = true,
  before,
  now,
}: { credentials?: Credentials; signable?: boolean; before?: Middleware; now?: () => Date } = {}) {
  const client = createClient<TestPaths>({
    baseUrl: gateway.origin,
    pathSerializer: serializePath,
    ...(signable ? { Request: SignableRequest } : {}),
  });
  if (before) client.use(before);
  const auth = createAuthMiddleware({ credentials, domainId: DOMAIN, ...(now ? { now } : {}) });
  client.use(auth);
  return { client, auth };
}

const path = (id: string) => ({ domain_id: DOMAIN, id });
const okVerdict = (accessKey: string, signedHeaders: string[]) => ({ ok: true, accessKey, signedHeaders });

describe('requests signed by the middleware verify at a loopback gateway', () => {
  it('PUT with a unicode JSON body: the bytes that arrive are the bytes that were signed, without cloning', async () => {
    const clone = vi.spyOn(Request.prototype, 'clone');
    const { client } = makeClient();
    const body = { cloud_connection: { name: 'cc-prod', description: 'Beijing ⇄ Frankfurt, naïve 云连接 😀' } };

    const { data, response } = await client.PUT(PATH, { params: { path: path('2d3f4e5a-1b2c') }, body });

    expect(response.status).toBe(200);
    const arrival = data as Arrival;
    expect(arrival.verdict).toEqual(okVerdict(PERMANENT.accessKey, ['content-type', 'host', 'x-domain-id', 'x-sdk-date']));
    expect(arrival.url).toBe(`/v3/${DOMAIN}/ccaas/cloud-connections/2d3f4e5a-1b2c`);
    expect(arrival.body).toBe(JSON.stringify(body));
    expect(arrival.bodySha256).toBe(await sha256Hex(JSON.stringify(body)));
    expect(arrival.headers['x-domain-id']).toBe(DOMAIN);
    expect(arrival.headers['x-sdk-date']).toMatch(/^\d{8}T\d{6}Z$/);
    expect(clone).not.toHaveBeenCalled();
  });

  it('60 concurrent requests with different bodies and queries, behind a slower middleware that runs first', async () => {
    const clone = vi.spyOn(Request.prototype, 'clone');
    let turn = 0;
    // Awaiting before the auth middleware interleaves the requests, which would break any "last serialized body" slot.
    const slow: Middleware = { onRequest: () => new Promise<undefined>((resolve) => setTimeout(resolve, turn++ % 4)) };
    const { client } = makeClient({ before: slow });

    const results = await Promise.all(
      Array.from({ length: 60 }, async (_, i) => {
        const id = `cc-${i}`;
        const body = { cloud_connection: { name: `name-${i}`, description: 'é云 '.repeat(i) } };
        const query = { name: [`a b ${i}`, 'c&d'], limit: String(i) };
        const call =
          i % 3 === 0
            ? client.PUT(PATH, { params: { path: path(id) }, body })
            : i % 3 === 1
              ? client.POST(PATH, { params: { path: path(id) }, body })
              : client.GET(PATH, { params: { path: path(id), query } });
        const { data } = await call;
        return { i, id, sent: i % 3 === 2 ? '' : JSON.stringify(body), arrival: data as Arrival };
      }),
    );

    for (const { i, id, sent, arrival } of results) {
      expect(arrival.verdict, `request ${i}`).toMatchObject({ ok: true });
      expect(arrival.url.startsWith(`/v3/${DOMAIN}/ccaas/cloud-connections/${id}`)).toBe(true);
      expect(arrival.body).toBe(sent);
    }
    expect(results.filter(({ arrival }) => arrival.method === 'GET')[0]?.arrival.url).toBe(
      `/v3/${DOMAIN}/ccaas/cloud-connections/cc-2?name=a%20b%202&name=c%26d&limit=2`,
    );
    expect(clone).not.toHaveBeenCalled();
  });

  it('falls back to reading a clone of the body when the client does not use SignableRequest', async () => {
    const clone = vi.spyOn(Request.prototype, 'clone');
    const { client } = makeClient({ signable: false });
    const body = { cloud_connection: { name: 'fallback ⇄' } };

    const { data } = await client.PUT(PATH, { params: { path: path('fallback') }, body });

    expect((data as Arrival).verdict).toMatchObject({ ok: true });
    expect((data as Arrival).body).toBe(JSON.stringify(body));
    expect(clone).toHaveBeenCalledTimes(1);
  });

  it('a middleware that replaces the request (openapi-fetch then demands a SignableRequest) keeps the fast path', async () => {
    const clone = vi.spyOn(Request.prototype, 'clone');
    const replace: Middleware = {
      onRequest: ({ request }) => new SignableRequest(request, { headers: { 'Content-Type': 'application/json', 'X-Language': 'en-us' } }),
    };
    const { client } = makeClient({ before: replace });
    const body = { cloud_connection: { name: 'replaced ⇄' } };

    const { data } = await client.PUT(PATH, { params: { path: path('replaced') }, body });

    expect((data as Arrival).verdict).toMatchObject({ ok: true });
    expect((data as Arrival).headers['x-language']).toBe('en-us');
    expect((data as Arrival).body).toBe(JSON.stringify(body));
    expect(clone).not.toHaveBeenCalled();
  });

  it('temporary credentials send and sign X-Security-Token', async () => {
    const { client } = makeClient({ credentials: TEMPORARY });

    const { data } = await client.DELETE(PATH, { params: { path: path('temp') } });

    const arrival = data as Arrival;
    expect(arrival.verdict).toEqual(okVerdict(TEMPORARY.accessKey, ['host', 'x-domain-id', 'x-sdk-date', 'x-security-token']));
    expect(arrival.headers['x-security-token']).toBe('tempSecurityToken+/=');
  });

  it('token credentials send X-Auth-Token and are not signed', async () => {
    const { client } = makeClient({ credentials: { token: 'MIIT-example-token' } });

    const { data } = await client.GET(PATH, { params: { path: path('tok') } });

    const arrival = data as Arrival;
    expect(arrival.headers['x-auth-token']).toBe('MIIT-example-token');
    expect(arrival.headers['x-domain-id']).toBe(DOMAIN);
    expect(arrival.headers.authorization).toBeUndefined();
    expect(arrival.headers['x-sdk-date']).toBeUndefined();
  });

  it('sign() re-signs a SignableRequest.copy() of a spent request for a retry, with a fresh X-Sdk-Date', async () => {
    let clock = new Date();
    const { auth } = makeClient({ now: () => clock });
    const original = new SignableRequest(`${gateway.origin}/v3/${DOMAIN}/ccaas/cloud-connections/retry?limit=1`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: '{"n":"重试"}',
    });

    const first = (await (await fetch(await auth.sign(original))).json()) as Arrival;
    expect(original.bodyUsed).toBe(true);
    clock = new Date(clock.getTime() + 61_000);
    const retry = (await (await fetch(await auth.sign(SignableRequest.copy(original)))).json()) as Arrival;

    expect(first.verdict).toMatchObject({ ok: true });
    expect(retry.verdict).toMatchObject({ ok: true });
    expect(retry.body).toBe('{"n":"重试"}');
    const sdkTime = (arrival: Arrival) => parseSdkDate(arrival.headers['x-sdk-date'] as string)?.getTime() ?? Number.NaN;
    expect(sdkTime(retry) - sdkTime(first)).toBe(61_000);
    expect(retry.headers.authorization).not.toBe(first.headers.authorization);
  });

  it('refuses, with a fix, to sign a plain request whose body was already read', async () => {
    const { auth } = makeClient();
    const spent = new Request(`${gateway.origin}/v3/x`, { method: 'POST', body: '{}' });
    await spent.text();

    await expect(auth.sign(spent)).rejects.toThrow(
      'Cannot sign a request whose body was already read: sign before sending, or retry with SignableRequest.copy(request) of a SignableRequest.',
    );
  });

  it('SignableRequest.copy() of a request without a remembered body takes over its unread stream', async () => {
    const { auth } = makeClient();
    const plain = new Request(`${gateway.origin}/v3/${DOMAIN}/ccaas/cloud-connections/plain`, { method: 'POST', body: '{"a":1}' });

    const arrival = (await (await fetch(await auth.sign(SignableRequest.copy(plain)))).json()) as Arrival;

    expect(arrival.verdict).toMatchObject({ ok: true });
    expect(arrival.body).toBe('{"a":1}');
  });
});

describe('path parameters cannot change the path', () => {
  it('an id full of separators arrives as one encoded segment, and still verifies', async () => {
    const { client } = makeClient();

    const { data } = await client.GET(PATH, { params: { path: path('a/../../b?x=1#f') } });

    expect((data as Arrival).url).toBe(`/v3/${DOMAIN}/ccaas/cloud-connections/a%2F..%2F..%2Fb%3Fx%3D1%23f`);
    expect((data as Arrival).verdict).toMatchObject({ ok: true });
  });

  it.each(['.', '..', ''])('id %j is refused before anything is sent', async (id) => {
    const { client } = makeClient();
    const before = gateway.arrivals.length;

    await expect(client.GET(PATH, { params: { path: path(id) } })).rejects.toThrow(
      `Path parameter "id" is ${JSON.stringify(id)}: an empty, "." or ".." value would change the request path. Pass the resource's real id.`,
    );
    expect(gateway.arrivals.length).toBe(before);
  });
});

describe('clock skew on a 401', () => {
  it('attaches a note saying how far the local clock is off, measured from the X-Sdk-Date sent', async () => {
    const { client } = makeClient({ now: () => new Date('2024-01-02T05:04:10Z') });

    const { response, error } = await client.GET(PATH, { params: { path: path('expired') } });

    expect(response.status).toBe(401);
    expect(error).toEqual({ error_code: 'APIGW.0303', error_msg: 'Incorrect app authentication information: signature expired' });
    expect(clockSkewNote(response)).toBe(
      `The local clock is 2 h 0 min 5 s ahead of the gateway's (local 2024-01-02T05:04:10.000Z, gateway Date: ${GATEWAY_DATE}), ` +
        "and signatures more than 15 minutes off are rejected as expired. Synchronise this machine's clock (e.g. enable NTP) and retry.",
    );
  });

  it.each([
    ['a clock within 15 minutes', PERMANENT as Credentials, '2024-01-02T03:18:05Z'],
    ['token credentials (nothing was signed)', { token: 'tok' } as Credentials, '2024-01-02T05:04:10Z'],
  ])('attaches nothing for %s', async (_name, credentials, now) => {
    const { client } = makeClient({ credentials, now: () => new Date(now) });

    const { response } = await client.GET(PATH, { params: { path: path('expired') } });

    expect(response.status).toBe(401);
    expect(clockSkewNote(response)).toBeUndefined();
  });
});
