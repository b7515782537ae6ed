import { describe, expect, it } from 'vitest';
import { createCredentials, sign, signPlain } from '../../src/auth/index.js';

const credentials = createCredentials({ accessKey: 'HPUAEXAMPLEAK0000001', secretKey: 'exampleSecretKey0000000000000000000000001' });
const temporary = createCredentials({ accessKey: 'HPUAEXAMPLEAK0000001', secretKey: 'exampleSecretKey0000000000000000000000001', securityToken: 'tempSecurityToken+/=' });
const DOMAIN = '0123456789abcdef0123456789abcdef';
const date = new Date('2024-01-02T03:04:05Z');
const base = `https://cc.myhuaweicloud.com/v3/${DOMAIN}/ccaas/cloud-connections`;

// signPlain is the client's direct path; sign() is the reference the signing vectors pin. They must agree exactly.
describe('signPlain signs exactly as sign()', () => {
  it.each<[string, { method: string; url: string; headers: Record<string, string>; body?: string }, typeof credentials]>([
    ['PUT with a unicode JSON body', { method: 'PUT', url: `${base}/2d3f4e5a`, headers: { 'content-type': 'application/json' }, body: '{"cloud_connection":{"name":"naïve 云连接"}}' }, credentials],
    ['GET with repeated, unsorted, encoded query keys', { method: 'GET', url: `${base}?name=my%20conn&limit=10&name=caf%C3%A9&id=b&id=a`, headers: {} }, credentials],
    ['an id with reserved characters, percent-encoded once', { method: 'GET', url: `${base}/a%2F..%2Fb%3Fx%3D1`, headers: {} }, credentials],
    ['temporary credentials', { method: 'DELETE', url: `${base}/x`, headers: {} }, temporary],
    ['UNSIGNED-PAYLOAD declared', { method: 'POST', url: base, headers: { 'content-type': 'application/json', 'x-sdk-content-sha256': 'UNSIGNED-PAYLOAD' }, body: '{}' }, credentials],
    ['a query without a path, with a slash in it', { method: 'GET', url: 'https://cc.myhuaweicloud.com?next=/v3/x', headers: {} }, credentials],
    ['a query after the path, with a slash in it', { method: 'GET', url: `${base}?next=/v3/x`, headers: {} }, credentials],
    ['a port and an empty body string', { method: 'POST', url: `http://127.0.0.1:4010/v3/${DOMAIN}/ccaas/cloud-connections`, headers: { 'content-type': 'application/json' }, body: '' }, credentials],
  ])('%s', async (_name, request, keys) => {
    const reference = await sign({ method: request.method, url: request.url, headers: new Headers(request.headers), body: request.body }, { credentials: keys, domainId: DOMAIN, date });
    const plain = await signPlain(request, { credentials: keys, domainId: DOMAIN, date });
    const applied = new Headers();
    reference.apply(applied);
    expect(plain).toEqual(Object.fromEntries(applied));
  });
});
