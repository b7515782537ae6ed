import { describe, expect, it } from 'vitest';
import {
  createCredentials,
  describeClockSkew,
  sha256Hex,
  sign,
  verifySignature,
  type ReceivedRequest,
  type VerifyResult,
} from '../../src/auth/index.js';

const DOMAIN = '0123456789abcdef0123456789abcdef';
const SIGNED_AT = new Date('2024-01-02T03:04:05Z');
const PERMANENT = createCredentials({ accessKey: 'HPUAEXAMPLEAK0000001', secretKey: 'exampleSecretKey0000000000000000000000001' });
const TEMPORARY = createCredentials({ accessKey: 'HPUAEXAMPLETEMPAK001', secretKey: 'tempSecret', securityToken: 'tempToken' });
const BODY = '{"cloud_connection":{"name":"naïve 云"}}';
const TARGET = `/v3/${DOMAIN}/ccaas/cloud-connections/cc%3A1?b=2&a=x%20y`;

/** What a server would receive for a request our signer signed: origin-form target, lower-case header names. */
async function received(credentials = PERMANENT): Promise<ReceivedRequest & { headers: Record<string, string> }> {
  const headers = { 'content-type': 'application/json' };
  const signed = await sign(
    { method: 'PUT', url: `https://cc.myhuaweicloud.com${TARGET}`, headers, body: BODY },
    { credentials, domainId: DOMAIN, date: SIGNED_AT },
  );
  const wire: Record<string, string> = { host: 'cc.myhuaweicloud.com', ...headers, 'user-agent': 'test' };
  const added = new Headers();
  signed.apply(added);
  for (const [name, value] of added) wire[name] = value;
  return { method: 'PUT', url: TARGET, headers: wire, body: new TextEncoder().encode(BODY) };
}

const lookup = (ak: string) => [PERMANENT, TEMPORARY].find((key) => key.accessKey === ak);
const at = (offsetMs: number) => () => new Date(SIGNED_AT.getTime() + offsetMs);

type Row = [name: string, change: (r: Awaited<ReturnType<typeof received>>) => void, want: Partial<VerifyResult>, offsetMs?: number];

describe('verifySignature', () => {
  const rows: Row[] = [
    ['untouched', () => {}, { ok: true, accessKey: PERMANENT.accessKey, signedHeaders: ['content-type', 'host', 'x-domain-id', 'x-sdk-date'] }],
    ['equivalent encodings of path and query, reordered query', (r) => { r.url = `/v3/${DOMAIN}/ccaas/cloud-connections/cc:1?a=x%20y&b=%32`; }, { ok: true }],
    ['an unsigned header added by a proxy', (r) => { r.headers['x-forwarded-for'] = '10.0.0.1'; }, { ok: true }],
    ['exactly 15 minutes late', () => {}, { ok: true }, 15 * 60_000],
    ['no Authorization', (r) => { delete r.headers.authorization; },
      { ok: false, reason: 'missing-header', message: 'The Authorization header is missing: sign the request with AK/SK.' }],
    ['another scheme', (r) => { r.headers.authorization = 'Bearer abc'; },
      { ok: false, reason: 'bad-format', message: 'The Authorization header is malformed (it does not start with "SDK-HMAC-SHA256 "); expected "SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…".' }],
    ['no Signature', (r) => { r.headers.authorization = (r.headers.authorization as string).replace(/, Signature=.*/, ''); },
      { ok: false, reason: 'bad-format', message: expect.stringContaining('(Access, SignedHeaders or Signature is missing)') }],
    ['x-sdk-date not signed', (r) => { r.headers.authorization = (r.headers.authorization as string).replace(';x-sdk-date', ''); },
      { ok: false, reason: 'bad-format', message: expect.stringContaining('(SignedHeaders must include x-sdk-date)') }],
    ['upper-case signature', (r) => { r.headers.authorization = (r.headers.authorization as string).toUpperCase().replace('ACCESS=', 'Access=').replace('SIGNEDHEADERS=', 'SignedHeaders=').replace('SIGNATURE=', 'Signature='); },
      { ok: false, reason: 'bad-format', message: expect.stringContaining('SignedHeaders must be lower-case header names') }],
    ['a signed header missing', (r) => { delete r.headers['content-type']; },
      { ok: false, reason: 'missing-header', message: 'The signed header "content-type" is not in the request: send every header listed in SignedHeaders.' }],
    ['X-Sdk-Date with separators', (r) => { r.headers['x-sdk-date'] = '2024-01-02T03:04:05Z'; },
      { ok: false, reason: 'bad-format', message: 'X-Sdk-Date "2024-01-02T03:04:05Z" is not a UTC time in the form YYYYMMDDTHHMMSSZ.' }],
    ['server clock 16 minutes later', () => {},
      { ok: false, reason: 'expired', message: 'The signature expired: X-Sdk-Date 20240102T030405Z is 16 min 0 s behind the server time 20240102T032005Z (limit 15 min). Synchronise the client clock.' }, 16 * 60_000],
    ['server clock 15 min 1 s earlier', () => {},
      { ok: false, reason: 'expired', message: 'The signature expired: X-Sdk-Date 20240102T030405Z is 15 min 1 s ahead of the server time 20240102T024904Z (limit 15 min). Synchronise the client clock.' }, -(15 * 60_000 + 1000)],
    ['unknown access key', (r) => { r.headers.authorization = (r.headers.authorization as string).replace('HPUAEXAMPLEAK0000001', 'NOSUCHKEY'); },
      { ok: false, reason: 'unknown-access-key', message: 'The access key "NOSUCHKEY" is unknown: check the AK.' }],
    ['a security token with a permanent key', (r) => { r.headers['x-security-token'] = 'tempToken'; },
      { ok: false, reason: 'bad-security-token', message: 'X-Security-Token was sent with a permanent access key: send it only with temporary credentials.' }],
    ['UNSIGNED-PAYLOAD slipped in unsigned', (r) => { r.headers['x-sdk-content-sha256'] = 'UNSIGNED-PAYLOAD'; },
      { ok: false, reason: 'bad-format', message: 'X-Sdk-Content-Sha256 replaces the body hash, so it must be listed in SignedHeaders.' }],
    ['a malformed escape in the path', (r) => { r.url = '/v3/100%'; },
      { ok: false, reason: 'bad-format', message: 'The path contains a malformed percent-escape in "100%": encode a literal "%" as %25.' }],
    ['body changed', (r) => { r.body = BODY.replace('云', '雲'); },
      { ok: false, reason: 'signature-mismatch', message: 'The signature does not match the request: compare the canonical request below with the one the client signed.' }],
    ['body dropped', (r) => { r.body = null; }, { ok: false, reason: 'signature-mismatch' }],
    ['query value changed', (r) => { r.url = r.url.replace('b=2', 'b=3'); }, { ok: false, reason: 'signature-mismatch' }],
    ['path segment changed', (r) => { r.url = r.url.replace('cc%3A1', 'cc%3A2'); }, { ok: false, reason: 'signature-mismatch' }],
    ['method changed', (r) => { r.method = 'POST'; }, { ok: false, reason: 'signature-mismatch' }],
    ['X-Domain-Id changed', (r) => { r.headers['x-domain-id'] = 'f'.repeat(32); }, { ok: false, reason: 'signature-mismatch' }],
    ['Host changed', (r) => { r.headers.host = 'evil.example'; }, { ok: false, reason: 'signature-mismatch' }],
  ];

  it.each(rows)('%s', async (_name, change, want, offsetMs = 0) => {
    const request = await received();
    change(request);
    const verdict = await verifySignature(request, { lookup, now: at(offsetMs) });
    expect(verdict).toMatchObject(want);
  });

  it('a mismatch carries the canonical request the server rebuilt, for diffing', async () => {
    const request = await received();
    request.body = '{}';
    const verdict = await verifySignature(request, { lookup, now: at(0) });
    expect(verdict).toMatchObject({
      ok: false,
      canonicalRequest: [
        'PUT',
        `/v3/${DOMAIN}/ccaas/cloud-connections/cc%3A1/`,
        'a=x%20y&b=2',
        `content-type:application/json\nhost:cc.myhuaweicloud.com\nx-domain-id:${DOMAIN}\nx-sdk-date:20240102T030405Z\n`,
        'content-type;host;x-domain-id;x-sdk-date',
        await sha256Hex('{}'),
      ].join('\n'),
    });
  });

  it.each<[string, (r: Awaited<ReturnType<typeof received>>) => void, Partial<VerifyResult>]>([
    ['untouched', () => {}, { ok: true, signedHeaders: ['content-type', 'host', 'x-domain-id', 'x-sdk-date', 'x-security-token'] }],
    ['token missing', (r) => { delete r.headers['x-security-token']; }, { ok: false, reason: 'missing-header' }],
    ['token not signed', (r) => { r.headers.authorization = (r.headers.authorization as string).replace(';x-security-token', ''); },
      { ok: false, reason: 'bad-security-token', message: 'Temporary credentials need the X-Security-Token header, and it must be listed in SignedHeaders.' }],
    ['another token', (r) => { r.headers['x-security-token'] = 'otherToken'; },
      { ok: false, reason: 'bad-security-token', message: 'X-Security-Token does not belong to this access key: use the token issued with it.' }],
  ])('temporary credentials: %s', async (_name, change, want) => {
    const request = await received(TEMPORARY);
    change(request);
    expect(await verifySignature(request, { lookup, now: at(0) })).toMatchObject(want);
  });

  it('accepts a Headers object and an async lookup', async () => {
    const request = await received();
    const verdict = await verifySignature(
      { ...request, headers: new Headers(request.headers) },
      { lookup: async (ak) => lookup(ak), now: at(0) },
    );
    expect(verdict).toMatchObject({ ok: true });
  });
});

describe('describeClockSkew', () => {
  const local = new Date('2024-01-02T03:21:08Z');
  it.each<[string, number, string | null, string | undefined]>([
    ['ahead', 401, 'Tue, 02 Jan 2024 03:04:05 GMT',
      "The local clock is 17 min 3 s ahead of the gateway's (local 2024-01-02T03:21:08.000Z, gateway Date: Tue, 02 Jan 2024 03:04:05 GMT), and signatures more than 15 minutes off are rejected as expired. Synchronise this machine's clock (e.g. enable NTP) and retry."],
    ['behind', 401, 'Tue, 02 Jan 2024 05:21:13 GMT',
      "The local clock is 2 h 0 min 5 s behind the gateway's (local 2024-01-02T03:21:08.000Z, gateway Date: Tue, 02 Jan 2024 05:21:13 GMT), and signatures more than 15 minutes off are rejected as expired. Synchronise this machine's clock (e.g. enable NTP) and retry."],
    ['within 15 minutes', 401, 'Tue, 02 Jan 2024 03:06:08 GMT', undefined],
    ['not a 401', 403, 'Tue, 02 Jan 2024 03:04:05 GMT', undefined],
    ['no Date header', 401, null, undefined],
    ['unparseable Date header', 401, 'yesterday', undefined],
  ])('%s', (_name, status, date, want) => {
    const response = new Response(null, { status, headers: date === null ? {} : { date } });
    expect(describeClockSkew(response, local)).toBe(want);
  });
});
