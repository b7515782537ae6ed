import { describe, expect, it } from 'vitest';
import {
  canonicalHeaders,
  canonicalQueryString,
  canonicalUri,
  createCredentials,
  describeClockSkew,
  EMPTY_BODY_SHA256,
  formatSdkDate,
  parseSdkDate,
  sha256Hex,
  sign,
  signPlain,
  splitTarget,
  verifySignature,
} from '../../src/auth/index.js';

// The signer's pieces one by one, on the edge cases the signing vectors and the property test rarely produce.

describe('X-Sdk-Date', () => {
  it.each<[string, string | undefined]>([
    ['20240102T030405Z', '2024-01-02T03:04:05.000Z'],
    ['20241231T235959Z', '2024-12-31T23:59:59.000Z'],
    ['20240230T000000Z', undefined],
    ['20240102T250000Z', undefined],
    ['20240102T030405', undefined],
    [' 20240102T030405Z', undefined],
    ['20240102T030405Zx', undefined],
    ['2024-01-02T03:04:05Z', undefined],
    ['', undefined],
  ])('parseSdkDate(%j) → %s', (value, want) => {
    expect(parseSdkDate(value)?.toISOString()).toBe(want);
  });

  it('formats each second afresh, also within and across a cached second', () => {
    const at = (iso: string) => formatSdkDate(new Date(iso));
    expect([at('2024-01-02T03:04:05.100Z'), at('2024-01-02T03:04:05.900Z'), at('2024-01-02T03:04:06.000Z'), at('1999-12-31T23:59:59.999Z')]).toEqual([
      '20240102T030405Z',
      '20240102T030405Z',
      '20240102T030406Z',
      '19991231T235959Z',
    ]);
  });

  it('refuses an invalid date, naming the option', () => {
    expect(() => formatSdkDate(new Date(Number.NaN))).toThrow(new RangeError('Cannot sign with an invalid Date: check the `now` clock option.'));
  });
});

describe('canonical parts', () => {
  it.each<[string, { path: string; query: string }]>([
    ['https://h.example/a/b?x=1&y=2', { path: '/a/b', query: 'x=1&y=2' }],
    ['HTTP://h.example:8080/a?x#frag', { path: '/a', query: 'x' }],
    ['https://h.example', { path: '', query: '' }],
    ['https://h.example?x=1', { path: '', query: 'x=1' }],
    ['/v3/x?q=1', { path: '/v3/x', query: 'q=1' }],
    ['/v3/x#a?b', { path: '/v3/x', query: '' }],
    ['a+b.c-d://h/p', { path: '/p', query: '' }],
    ['h2c://h/p', { path: '/p', query: '' }],
    ['1a://h/p', { path: '1a://h/p', query: '' }],
  ])('splitTarget(%j)', (target, want) => {
    expect(splitTarget(target)).toEqual(want);
  });

  it.each<[string, string]>([
    ['', '/'],
    ['/', '/'],
    ['/v3/plain-id_1.2~x', '/v3/plain-id_1.2~x/'],
    ['/v3/dir/', '/v3/dir/'],
    ['/v3/a%20b/c d', '/v3/a%20b/c%20d/'],
    ['/v3/a%2fb/', '/v3/a%2Fb/'],
    ["/v3/it's(1)", '/v3/it%27s%281%29/'],
    ['/v3/caf%C3%A9', '/v3/caf%C3%A9/'],
  ])('canonicalUri(%j) → %j', (path, want) => {
    expect(canonicalUri(path)).toBe(want);
  });

  it.each<[string, string]>([
    ['', ''],
    ['b=2&a=1', 'a=1&b=2'],
    ['a=2&a=10&a=1', 'a=1&a=10&a=2'],
    ['a=2&a=1', 'a=1&a=2'],
    ['a=1&a=2', 'a=1&a=2'],
    ['a=x&a=x', 'a=x&a=x'],
    ['ab=1&a=2', 'a=2&ab=1'],
    ['flag&a=1', 'a=1&flag='],
    ['a=1&&b=2&', 'a=1&b=2'],
    ['q=a+b&r=c%20d', 'q=a%2Bb&r=c%20d'],
    ['k=v=w', 'k=v%3Dw'],
    ['=v', '=v'],
    ['%C3%A9=1', '%C3%A9=1'],
  ])('canonicalQueryString(%j) → %j', (query, want) => {
    expect(canonicalQueryString(query)).toBe(want);
  });

  it.each<[string, string]>([
    ['path', '/v3/100%'],
    ['query', 'a=%zz'],
    ['query', '%zz=1'],
    ['query', 'a&%zz'],
  ])('a malformed escape in the %s (%j) names where it is', (where, text) => {
    const attempt = () => (where === 'path' ? canonicalUri(text) : canonicalQueryString(text));
    expect(attempt).toThrow(new URIError(`The ${where} contains a malformed percent-escape in ${JSON.stringify(where === 'path' ? '100%' : '%zz')}: encode a literal "%" as %25.`));
  });

  it.each<[string, Parameters<typeof canonicalHeaders>[0], string]>([
    ['a record, names in any case, values trimmed', { 'Content-Type': ' application/json ', HOST: 'h.example' }, 'content-type:application/json\nhost:h.example\nx-sdk-date:\n'],
    ['a repeated header joined', { 'content-type': ['a', 'b'], host: 'h', 'x-sdk-date': undefined }, 'content-type:a, b\nhost:h\nx-sdk-date:\n'],
    ['a Headers object', new Headers({ 'x-sdk-date': '20240102T030405Z', host: 'h' }), 'content-type:\nhost:h\nx-sdk-date:20240102T030405Z\n'],
  ])('canonicalHeaders over %s', (_, headers, want) => {
    expect(canonicalHeaders(headers, ['content-type', 'host', 'x-sdk-date'])).toBe(want);
  });
});

const keys = createCredentials({ accessKey: 'HPUAEXAMPLEAK0000001', secretKey: 'exampleSecretKey0000000000000000000000001' });
const temporary = createCredentials({ accessKey: 'HPUAEXAMPLEAK0000001', secretKey: 'exampleSecretKey0000000000000000000000001', securityToken: 'tempToken+/=' });
const date = new Date('2024-01-02T03:04:05Z');

describe('sign', () => {
  it.each<[string, Parameters<typeof sign>[0], string]>([
    ['no body', { method: 'get', url: 'https://h.example/v3/x' }, EMPTY_BODY_SHA256],
    ['a null body', { method: 'GET', url: 'https://h.example/v3/x', body: null }, EMPTY_BODY_SHA256],
    ['an empty byte body', { method: 'GET', url: 'https://h.example/v3/x', body: new Uint8Array(0) }, EMPTY_BODY_SHA256],
    ['a declared payload hash, trimmed', { method: 'POST', url: 'https://h.example/v3/x', headers: { 'X-Sdk-Content-Sha256': ' UNSIGNED-PAYLOAD ' }, body: '{}' }, 'UNSIGNED-PAYLOAD'],
  ])('hashes the payload of %s', async (_, input, hash) => {
    const signed = await sign(input, { credentials: keys, date });
    expect(signed.canonicalRequest.split('\n').at(-1)).toBe(hash);
    expect(signed.signedHeaders).toBe(input.headers === undefined ? 'host;x-sdk-date' : 'host;x-sdk-content-sha256;x-sdk-date');
    expect(signed.canonicalRequest.split('\n')[0]).toBe(input.method.toUpperCase());
  });

  it('signs only the signable headers, with the host of the URL (no default port), the token redacted from the canonical request', async () => {
    const signed = await sign(
      { method: 'PUT', url: 'https://h.example:443/v3/x', headers: { 'User-Agent': 'ua', 'Content-Type': 'application/json', 'X-Sdk-Date': 'stale', Host: 'other' }, body: '{}' },
      { credentials: temporary, domainId: 'dom', date },
    );
    expect(signed.signedHeaders).toBe('content-type;host;x-domain-id;x-sdk-date;x-security-token');
    expect(signed.canonicalRequest.split('\n').slice(3, 8)).toEqual(['content-type:application/json', 'host:h.example', 'x-domain-id:dom', 'x-sdk-date:20240102T030405Z', 'x-security-token:[redacted]']);
    expect(signed.authorization).toMatch(/^SDK-HMAC-SHA256 Access=HPUAEXAMPLEAK0000001, SignedHeaders=content-type;host;x-domain-id;x-sdk-date;x-security-token, Signature=[0-9a-f]{64}$/);
    expect(signed.stringToSign.split('\n').slice(0, 2)).toEqual(['SDK-HMAC-SHA256', '20240102T030405Z']);
    const applied = new Headers({ 'x-sdk-date': 'old', authorization: 'old' });
    signed.apply(applied);
    expect(Object.fromEntries(applied)).toEqual({ authorization: signed.authorization, 'x-domain-id': 'dom', 'x-sdk-date': '20240102T030405Z', 'x-security-token': 'tempToken+/=' });
  });

  it('signPlain: what the signer adds replaces the caller’s value, a given host is used, a URL with a fragment is split as sign() splits it', async () => {
    const request = { method: 'GET', url: 'https://h.example/v3/x?b=1&a=2#frag', headers: { 'x-sdk-date': 'stale', 'x-domain-id': 'stale' } };
    const plain = await signPlain({ ...request, host: 'h.example' }, { credentials: keys, domainId: 'dom', date });
    const reference = await sign(request, { credentials: keys, domainId: 'dom', date });
    expect(plain).toEqual({ 'x-sdk-date': '20240102T030405Z', 'x-domain-id': 'dom', authorization: reference.authorization });
    const withoutHost = await signPlain({ method: 'GET', url: 'https://h.example', headers: {} }, { credentials: keys, date });
    expect(Object.keys(withoutHost)).toEqual(['x-sdk-date', 'authorization']);
    expect(withoutHost.authorization).toBe((await sign({ method: 'GET', url: 'https://h.example' }, { credentials: keys, date })).authorization);
    const padded = { method: 'POST', url: 'https://h.example/v3/x', headers: { 'content-type': ' application/json ', 'x-sdk-content-sha256': ' UNSIGNED-PAYLOAD ' }, body: '{}' };
    expect((await signPlain(padded, { credentials: keys, date })).authorization).toBe((await sign(padded, { credentials: keys, date })).authorization);
  });

  it('signPlain rejects (not throws) an invalid date', async () => {
    const attempt = signPlain({ method: 'GET', url: 'https://h.example/', headers: {} }, { credentials: keys, date: new Date(Number.NaN) });
    await expect(attempt).rejects.toThrow(RangeError);
  });

  it('sha256Hex of text and of bytes', async () => {
    expect([await sha256Hex(''), await sha256Hex('abc'), await sha256Hex(new Uint8Array([97, 98, 99]))]).toEqual([
      EMPTY_BODY_SHA256,
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    ]);
  });
});

describe('verifySignature on hand-written Authorization headers', () => {
  const base = { method: 'GET', url: '/v3/x', headers: { host: 'h', 'x-sdk-date': '20240102T030405Z' } };
  const verify = (authorization: string) => verifySignature({ ...base, headers: { ...base.headers, authorization } }, { lookup: () => keys, now: () => date });
  const SIG = 'a'.repeat(64);
  it.each<[string, string]>([
    [`SDK-HMAC-SHA256 Access=, SignedHeaders=host;x-sdk-date, Signature=${SIG}`, 'Access, SignedHeaders or Signature is missing'],
    [`SDK-HMAC-SHA256 Signature=${SIG}, =x, SignedHeaders=host;x-sdk-date`, 'Access, SignedHeaders or Signature is missing'],
    [`SDK-HMAC-SHA256 Access=AK, Signature=${SIG}`, 'Access, SignedHeaders or Signature is missing'],
    [`SDK-HMAC-SHA256 AccessX, SignedHeaders=host;x-sdk-date, Signature=${SIG}`, 'Access, SignedHeaders or Signature is missing'],
    ['SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date', 'Access, SignedHeaders or Signature is missing'],
    [`SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;X-Sdk-Date, Signature=${SIG}`, 'SignedHeaders must be lower-case header names joined by ";"'],
    [`SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;;x-sdk-date, Signature=${SIG}`, 'SignedHeaders must be lower-case header names joined by ";"'],
    [`SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=${SIG}`, 'SignedHeaders must include x-sdk-date'],
    [`SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=${'a'.repeat(63)}`, 'Signature must be 64 lower-case hex digits'],
    [`SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=${'a'.repeat(64)}0`, 'Signature must be 64 lower-case hex digits'],
    [`SDK-HMAC-SHA256Access=AK, SignedHeaders=host;x-sdk-date, Signature=${SIG}`, 'it does not start with "SDK-HMAC-SHA256 "'],
    [`x SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=${SIG}`, 'it does not start with "SDK-HMAC-SHA256 "'],
  ])('%s → %s', async (authorization, reason) => {
    expect(await verify(authorization)).toStrictEqual({
      ok: false,
      reason: 'bad-format',
      message: `The Authorization header is malformed (${reason}); expected "SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…".`,
    });
  });

  it('reads fields around spaces and in any order, up to the signature check', async () => {
    const verdict = await verify(`  SDK-HMAC-SHA256   Signature = ${SIG} ,SignedHeaders=host;x-sdk-date,  Access=HPUAEXAMPLEAK0000001  `);
    expect(verdict).toMatchObject({ ok: false, reason: 'signature-mismatch' });
  });

  it('an unknown access key is named', async () => {
    const verdict = await verifySignature({ ...base, headers: { ...base.headers, authorization: `SDK-HMAC-SHA256 Access=NOPE, SignedHeaders=host;x-sdk-date, Signature=${SIG}` } }, { lookup: () => undefined, now: () => date });
    expect(verdict).toStrictEqual({ ok: false, reason: 'unknown-access-key', message: 'The access key "NOPE" is unknown: check the AK.' });
  });

  it.each<[number, string]>([
    [59_000, 'The signature expired: X-Sdk-Date 20240102T030405Z is 15 min 59 s behind the server time 20240102T032004Z (limit 15 min). Synchronise the client clock.'],
    [3_600_000, 'The signature expired: X-Sdk-Date 20240102T030405Z is 1 h 15 min 0 s behind the server time 20240102T041905Z (limit 15 min). Synchronise the client clock.'],
    [1, 'The signature expired: X-Sdk-Date 20240102T030405Z is 15 min 0 s behind the server time 20240102T031905Z (limit 15 min). Synchronise the client clock.'],
  ])('a server clock 15 min + %i ms later: %s', async (extraMs, message) => {
    const verdict = await verifySignature(
      { ...base, headers: { ...base.headers, authorization: `SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=${SIG}` } },
      { lookup: () => keys, now: () => new Date(date.getTime() + 15 * 60_000 + extraMs) },
    );
    expect(verdict).toStrictEqual({ ok: false, reason: 'expired', message });
  });
});

describe('verifySignature on requests signed here', () => {
  const url = 'https://h.example/v3/x';
  async function signed(credentials: typeof keys, headers: Record<string, string> = {}) {
    const wire = new Headers({ host: 'h.example', ...headers });
    (await sign({ method: 'POST', url, headers: wire, body: '{}' }, { credentials, date })).apply(wire);
    return Object.fromEntries(wire);
  }
  const verify = (headers: Record<string, string>, credentials: typeof keys) => verifySignature({ method: 'POST', url: '/v3/x', headers, body: '{}' }, { lookup: () => credentials, now: () => date });

  it.each<[string, () => Promise<Record<string, string>>, typeof keys, Record<string, unknown>]>([
    ['X-Sdk-Date with spaces around it', async () => ({ ...(await signed(keys)), 'x-sdk-date': ' 20240102T030405Z ' }), keys, { ok: true }],
    ['a security token with spaces around it', async () => ({ ...(await signed(temporary)), 'x-security-token': ' tempToken+/= ' }), temporary, { ok: true }],
    ['a signed X-Sdk-Content-Sha256', () => signed(keys, { 'x-sdk-content-sha256': 'UNSIGNED-PAYLOAD' }), keys, { ok: true }],
    ['a signed X-Sdk-Content-Sha256 arriving with spaces around it', async () => ({ ...(await signed(keys, { 'x-sdk-content-sha256': 'UNSIGNED-PAYLOAD' })), 'x-sdk-content-sha256': ' UNSIGNED-PAYLOAD ' }), keys, { ok: true }],
    [
      'a key issued with a token, used without one',
      () => signed(keys),
      temporary,
      { ok: false, reason: 'bad-security-token', message: 'Temporary credentials need the X-Security-Token header, and it must be listed in SignedHeaders.' },
    ],
  ])('%s', async (_, headers, issued, want) => {
    expect(await verify(await headers(), issued)).toMatchObject(want);
  });

  it('without a now option, checks X-Sdk-Date against the local clock', async () => {
    const wire = new Headers({ host: 'h.example' });
    (await sign({ method: 'POST', url, headers: wire, body: '{}' }, { credentials: keys, date: new Date() })).apply(wire);
    const fresh = await verifySignature({ method: 'POST', url: '/v3/x', headers: Object.fromEntries(wire), body: '{}' }, { lookup: () => keys });
    const old = await verifySignature({ method: 'POST', url: '/v3/x', headers: await signed(keys), body: '{}' }, { lookup: () => keys });
    expect([fresh.ok, old.ok, old.ok ? undefined : old.reason]).toEqual([true, false, 'expired']);
  });
});

describe('describeClockSkew boundaries', () => {
  const local = new Date('2024-01-02T03:00:00Z');
  const at = (iso: string) => new Response(null, { status: 401, headers: { date: new Date(iso).toUTCString() } });
  it.each<[string, string, string | undefined]>([
    ['exactly 15 minutes behind', '2024-01-02T03:15:00Z', undefined],
    ['exactly 15 minutes ahead', '2024-01-02T02:45:00Z', undefined],
    ['15 min 1 s behind', '2024-01-02T03:15:01Z', 'The local clock is 15 min 1 s behind'],
    ['one hour ahead', '2024-01-02T02:00:00Z', 'The local clock is 1 h 0 min 0 s ahead of'],
  ])('%s', (_, gateway, start) => {
    const note = describeClockSkew(at(gateway), local);
    expect(note === undefined ? undefined : note.slice(0, start?.length)).toBe(start);
  });

  it('defaults the local time to now', () => {
    expect(describeClockSkew(new Response(null, { status: 401, headers: { date: new Date().toUTCString() } }))).toBeUndefined();
    expect(describeClockSkew(at('2000-01-01T00:00:00Z'))).toMatch(/^The local clock is \d+ h \d+ min \d+ s ahead of the gateway's/);
  });
});
