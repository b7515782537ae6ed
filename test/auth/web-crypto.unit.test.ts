import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as native from '../../src/auth/index.js';

// Browsers and edge runtimes sign with Web Crypto (no `node:crypto`). The auth entry (signer, verifier and the hashing
// behind them) is loaded a second time with `process.getBuiltinModule('node:crypto')` answering nothing, and every
// result must equal Node's native path; and a third time with a `node:crypto` that lacks the one-shot `hash()` (Node
// before 20.12).

type Signer = typeof native;
let web: Signer;
let withoutOneShotHash: Signer;
const builtinsAsked: string[] = [];

/**
 * A fresh copy of the auth entry and its modules, loaded while `node:crypto` is what `crypto()` returns. A module found is kept
 * by the signer; none found is asked for again on each signature, so that stub stays until the file ends.
 */
async function signerWith(crypto: () => unknown, keepStub: boolean): Promise<Signer> {
  const realProcess = process;
  vi.stubGlobal('process', {
    ...realProcess,
    getBuiltinModule: (id: string) => {
      builtinsAsked.push(id);
      return id === 'node:crypto' ? crypto() : realProcess.getBuiltinModule(id);
    },
  });
  vi.resetModules();
  const module = await import('../../src/auth/index.js');
  // Loads node:crypto (or finds none) now, while the stub is in place. A failure here is left to the tests to
  // report: a hook that throws would skip them rather than fail them.
  await module.sha256Hex('').catch(() => undefined);
  if (!keepStub) vi.unstubAllGlobals();
  return module;
}

beforeAll(async () => {
  const { createHash, createHmac } = process.getBuiltinModule('node:crypto');
  withoutOneShotHash = await signerWith(() => ({ createHash, createHmac }), false);
  web = await signerWith(() => undefined, true);
});
afterAll(() => {
  vi.unstubAllGlobals();
});

const DOMAIN = '0123456789abcdef0123456789abcdef';
const date = new Date('2024-01-02T03:04:05Z');
const keys = { accessKey: 'HPUAEXAMPLEAK0000001', secretKey: 'exampleSecretKey0000000000000000000000001' };
const base = `https://cc.myhuaweicloud.com/v3/${DOMAIN}/ccaas/cloud-connections`;

describe('signing with Web Crypto gives what node:crypto gives', () => {
  it('is a separate module instance that asked for node:crypto and got nothing', async () => {
    expect(web).not.toBe(native);
    expect(builtinsAsked).toContain('node:crypto');
  });

  it.each<[string, string | Uint8Array]>([
    ['an empty string', ''],
    ['ASCII', 'abc'],
    ['UTF-8', 'naïve 云连接'],
    ['bytes', new Uint8Array([0, 1, 2, 254, 255])],
  ])('sha256Hex of %s', async (_, data) => {
    expect(await web.sha256Hex(data)).toBe(await native.sha256Hex(data));
    expect(await withoutOneShotHash.sha256Hex(data)).toBe(await native.sha256Hex(data));
  });

  it.each<[string, { method: string; url: string; headers: Record<string, string>; body?: string }]>([
    ['PUT with a unicode JSON body', { method: 'PUT', url: `${base}/2d3f4e5a`, headers: { 'content-type': 'application/json' }, body: '{"cloud_connection":{"name":"naïve 云连接"}}' }],
    ['GET with a query', { method: 'GET', url: `${base}?name=my%20conn&limit=10`, headers: {} }],
    ['POST with an empty body', { method: 'POST', url: base, headers: { 'content-type': 'application/json' }, body: '' }],
  ])('sign and signPlain: %s', async (_, request) => {
    const context = { credentials: keys, domainId: DOMAIN, date };
    const [webSigned, nativeSigned] = [await web.sign({ ...request, headers: new Headers(request.headers) }, context), await native.sign({ ...request, headers: new Headers(request.headers) }, context)];
    expect([webSigned.authorization, webSigned.stringToSign]).toEqual([nativeSigned.authorization, nativeSigned.stringToSign]);
    expect(await web.signPlain(request, context)).toEqual(await native.signPlain(request, context));
    expect(await withoutOneShotHash.signPlain(request, context)).toEqual(await native.signPlain(request, context));
  });

  it('a changed secret key on the same credentials object signs with the new key', async () => {
    const mutable = { ...keys };
    const first = await web.hmacSha256Hex(mutable, 'text');
    mutable.secretKey = 'anotherSecretKey000000000000000000000002';
    const second = await web.hmacSha256Hex(mutable, 'text');
    const again = await web.hmacSha256Hex(mutable, 'text');
    expect([first, second, again]).toEqual([await native.hmacSha256Hex(keys, 'text'), await native.hmacSha256Hex(mutable, 'text'), await native.hmacSha256Hex(mutable, 'text')]);
    expect(first).not.toBe(second);
  });

  it('verifies what it signed', async () => {
    const context = { credentials: keys, domainId: DOMAIN, date };
    const headers = new Headers({ 'content-type': 'application/json', host: 'cc.myhuaweicloud.com' });
    (await web.sign({ method: 'PUT', url: `${base}/x`, headers, body: '{}' }, context)).apply(headers);
    const result = await web.verifySignature({ method: 'PUT', url: `${base}/x`, headers, body: '{}' }, { lookup: () => keys, now: () => date });
    expect(result).toEqual({ ok: true, accessKey: keys.accessKey, signedHeaders: ['content-type', 'host', 'x-domain-id', 'x-sdk-date'] });
  });

  it('without Web Crypto either, signing says what is needed', async () => {
    vi.stubGlobal('crypto', undefined);
    await expect(web.sha256Hex('x')).rejects.toThrow('Web Crypto (crypto.subtle) is not available: AK/SK signing needs Node 20+, or a browser page served over https or from localhost.');
  });
});
