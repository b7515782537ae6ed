import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { parse as legacyParse } from 'node:url';
import fc from 'fast-check';
import createClient from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { encodeRfc3986, serializePath } from '../../src/encoding.js';
import { createAuthMiddleware, sign, SignableRequest, verifySignature } from '../../src/auth/index.js';

// The official Node core (dev-only oracle), driven as signing.md §5 says: credentials + signer classes directly,
// never ClientBuilder (it needs the undeclared `uuid`), with its `moment` clock pinned per run.
const require = createRequire(import.meta.url);
const coreDir = dirname(require.resolve('@huaweicloud/huaweicloud-sdk-core'));
type OracleHeaders = Record<string, string>;
interface OracleRequest {
  endpoint: string;
  url: string;
  method: string;
  headers: OracleHeaders;
  queryParams: Record<string, string | string[]>;
  data?: unknown;
}
const { GlobalCredentials } = require(`${coreDir}/auth/GlobalCredentials.js`) as {
  GlobalCredentials: new (data: { ak: string; sk: string; securityToken?: string; domainId: string }) => {
    processAuthRequest(client: undefined, request: OracleRequest): Promise<{ headers: OracleHeaders }>;
  };
};
const { HttpRequestImpl } = require(`${coreDir}/http/IHttpRequest.js`) as { HttpRequestImpl: new () => object };
const { AKSKSigner } = require(`${coreDir}/auth/AKSKSigner.js`) as {
  AKSKSigner: {
    urlEncode(value: string): string;
    CanonicalQueryString(request: { queryParams: Record<string, string | string[]> }): string;
    buildCanonicalHeaders(headers: OracleHeaders): string;
    buildCanonicalRequest(method: string, uri: string, query: string, headers: string, signed: string, payload: string): string;
    buildPayloadHash(request: { headers: OracleHeaders; data?: unknown }): string;
    getStringToSign(algorithm: string, date: string, hash: string): string;
    Hex(value: string): string;
    hmacSHA256(secret: string, value: string): string;
  };
};
const moment = createRequire(`${coreDir}/`)('moment') as { now: () => number };

const ENDPOINT = 'https://cc.myhuaweicloud.com';
const DOMAIN = '0123456789abcdef0123456789abcdef';

const char = (chars: string) => fc.constantFrom(...chars);
const grapheme = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 });
const safeUnit = fc.oneof(char('abcXYZ019-_.~'), char(":@+()!*;,=$&%'"), grapheme);
// Characters the official package's url.parse step escapes, drops or splits on: the double-encoding quirk class.
const anyUnit = fc.oneof(safeUnit, char(' "<>\\^`{|}/?#\t\n\r\u007f\u00a0'));
const segment = fc
  .oneof({ arbitrary: fc.string({ unit: safeUnit, minLength: 1, maxLength: 10 }), weight: 3 }, fc.string({ unit: anyUnit, minLength: 1, maxLength: 10 }))
  .filter((s) => s !== '.' && s !== '..');
const text = fc.string({ unit: anyUnit, maxLength: 12 });
const queryKey = fc
  .oneof(fc.constantFrom('id', 'name', 'status', 'limit', 'marker', 'description'), fc.string({ unit: anyUnit, minLength: 1, maxLength: 6 }))
  .filter((k) => k !== '__proto__');
const query = fc.dictionary(queryKey, fc.oneof(text, fc.array(text, { minLength: 1, maxLength: 4 })), { maxKeys: 5, noNullPrototype: true });
const jsonBody = fc.dictionary(fc.string({ unit: 'grapheme', maxLength: 8 }), fc.jsonValue({ stringUnit: 'grapheme', maxDepth: 2 }), {
  maxKeys: 4,
  noNullPrototype: true,
});
const token = fc.string({ unit: char('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_'), minLength: 1, maxLength: 80 });

const caseArb = fc.record({
  method: fc.constantFrom('GET', 'DELETE', 'POST', 'PUT', 'PATCH'),
  segments: fc.array(segment, { minLength: 1, maxLength: 4 }),
  query,
  body: fc.option(jsonBody, { nil: undefined }),
  accessKey: fc.string({ unit: char('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), minLength: 8, maxLength: 24 }),
  secretKey: fc.string({ unit: fc.oneof(char('abcXYZ0189+/'), grapheme), minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s),
  securityToken: fc.option(token, { nil: undefined, freq: 2 }),
  // Whole seconds between 2000 and 2099: X-Sdk-Date has no sub-second part.
  epochSeconds: fc.integer({ min: 946_684_800, max: 4_102_444_799 }),
});
type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

async function oracleHeaders(c: Case, date: Date): Promise<OracleHeaders> {
  moment.now = () => date.getTime();
  const credentials = new GlobalCredentials({ ak: c.accessKey, sk: c.secretKey, securityToken: c.securityToken, domainId: DOMAIN });
  const request: OracleRequest = Object.assign(new HttpRequestImpl(), {
    endpoint: ENDPOINT,
    url: `/v3/{domain_id}/${c.segments.join('/')}`,
    method: c.method,
    headers: { 'content-type': 'application/json' },
    queryParams: structuredClone(c.query),
    ...(hasBody(c) ? { data: c.body } : {}),
  });
  return (await credentials.processAuthRequest(undefined, request)).headers;
}

/** The oracle's own steps, with its url.parse pre-escaping replaced by encoding each raw segment once. */
function oracleWithSingleEncoding(c: Case, headers: OracleHeaders): { uri: string; authorization: string } {
  const { Authorization, ...signedView } = headers;
  const signedNames = /SignedHeaders=([^,]+)/.exec(Authorization as string)?.[1] as string;
  const uri = `/v3/${DOMAIN}/${c.segments.map((s) => AKSKSigner.urlEncode(s)).join('/')}/`;
  const canonical = AKSKSigner.buildCanonicalRequest(
    c.method,
    uri,
    AKSKSigner.CanonicalQueryString({ queryParams: structuredClone(c.query) }),
    AKSKSigner.buildCanonicalHeaders(signedView),
    signedNames,
    AKSKSigner.buildPayloadHash({ headers: signedView, ...(hasBody(c) ? { data: c.body } : {}) }),
  );
  const date = signedView['X-Sdk-Date'] as string;
  const signature = AKSKSigner.hmacSHA256(c.secretKey, AKSKSigner.getStringToSign('SDK-HMAC-SHA256', date, AKSKSigner.Hex(canonical)));
  return { uri, authorization: `SDK-HMAC-SHA256 Access=${c.accessKey}, SignedHeaders=${signedNames}, Signature=${signature}` };
}

const hasBody = (c: Case) => c.body !== undefined && c.method !== 'GET' && c.method !== 'DELETE';

function isQuirk(c: Case): boolean {
  const rawPath = `/v3/${DOMAIN}/${c.segments.join('/')}`;
  return c.segments.some((s) => s.includes('/')) || legacyParse(`${ENDPOINT}${rawPath}`).pathname !== rawPath;
}

// A query serializer that encodes names too: openapi-fetch's default leaves names raw, fine for the spec's names only.
function serializeQuery(params: Record<string, unknown>): string {
  return Object.entries(params)
    .flatMap(([key, value]) => (Array.isArray(value) ? value : [value]).map((v) => `${encodeURIComponent(key)}=${encodeURIComponent(String(v))}`))
    .join('&');
}

/** Sends the case through openapi-fetch + SignableRequest + the auth middleware, capturing the request at fetch. */
async function ourRequest(c: Case, date: Date): Promise<{ request: Request; body: string }> {
  let captured: Request | undefined;
  const client = createClient<Record<string, never>>({
    baseUrl: ENDPOINT,
    Request: SignableRequest,
    pathSerializer: serializePath,
    querySerializer: serializeQuery,
    fetch: async (request) => {
      captured = request;
      return new Response('{}', { headers: { 'content-type': 'application/json' } });
    },
  });
  const credentials = c.securityToken === undefined ? { accessKey: c.accessKey, secretKey: c.secretKey } : { accessKey: c.accessKey, secretKey: c.secretKey, securityToken: c.securityToken };
  client.use(createAuthMiddleware({ credentials, domainId: DOMAIN, now: () => date }));
  const template = `/v3/{domain_id}/${c.segments.map((_, i) => `{s${i}}`).join('/')}`;
  const pathParams = Object.fromEntries([['domain_id', DOMAIN], ...c.segments.map((s, i) => [`s${i}`, s])]);
  await client.request(c.method as never, template as never, {
    params: { path: pathParams, query: c.query },
    headers: { 'Content-Type': 'application/json' },
    ...(hasBody(c) ? { body: c.body } : {}),
  } as never);
  const request = captured as Request;
  return { request, body: await request.clone().text() };
}

// 1,000 cases by default; the mutation run (vitest.mutation.config.ts) sets fewer, since every signer mutant that
// survives runs them all. The balance guards below scale with the count.
const RUNS = Number(process.env.ORACLE_PROPERTY_RUNS ?? 1000);
const atLeast = (perThousand: number) => (perThousand * RUNS) / 1000;

describe('property: the middleware signs like the official @huaweicloud/huaweicloud-sdk-core 3.1.211', () => {
  it(`${RUNS} random requests: same Authorization (single path encoding where the package double-encodes), and verifiable`, async () => {
    const seen = { agree: 0, quirk: 0, token: 0, noToken: 0, body: 0, arrays: 0 };
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        const date = new Date(c.epochSeconds * 1000);
        const { request, body } = await ourRequest(c, date);
        const ours = request.headers.get('Authorization');
        const official = await oracleHeaders(c, date);

        expect(request.headers.get('X-Sdk-Date')).toBe(official['X-Sdk-Date']);
        expect(request.headers.get('X-Security-Token') ?? undefined).toBe(c.securityToken);
        expect(body).toBe(hasBody(c) ? JSON.stringify(c.body) : '');
        if (isQuirk(c)) {
          const fixed = oracleWithSingleEncoding(c, official);
          const { canonicalRequest } = await sign(
            { method: request.method, url: request.url, headers: request.headers, body },
            { credentials: { accessKey: c.accessKey, secretKey: c.secretKey, ...(c.securityToken ? { securityToken: c.securityToken } : {}) }, domainId: DOMAIN, date },
          );
          expect(canonicalRequest.split('\n')[1]).toBe(fixed.uri);
          expect(fixed.uri).toBe(`/v3/${DOMAIN}/${c.segments.map(encodeRfc3986).join('/')}/`);
          expect(ours).toBe(fixed.authorization);
          seen.quirk++;
        } else {
          expect(ours).toBe(official.Authorization);
          seen.agree++;
        }

        const headers = new Headers(request.headers);
        headers.set('host', new URL(request.url).host);
        const verdict = await verifySignature(
          { method: request.method, url: request.url, headers, body },
          { lookup: () => ({ accessKey: c.accessKey, secretKey: c.secretKey, ...(c.securityToken ? { securityToken: c.securityToken } : {}) }), now: () => date },
        );
        expect(verdict).toMatchObject({ ok: true });
        if (c.securityToken) seen.token++;
        else seen.noToken++;
        if (hasBody(c)) seen.body++;
        if (Object.values(c.query).some(Array.isArray)) seen.arrays++;
      }),
      { numRuns: RUNS },
    );
    // Guards against a generator drifting into testing only one side of the comparison.
    expect(seen.agree).toBeGreaterThan(atLeast(250));
    expect(seen.quirk).toBeGreaterThan(atLeast(150));
    expect(seen.token).toBeGreaterThan(atLeast(250));
    expect(seen.noToken).toBeGreaterThan(atLeast(250));
    expect(seen.body).toBeGreaterThan(atLeast(150));
    expect(seen.arrays).toBeGreaterThan(atLeast(250));
  });
});
