import { describe, expect, it } from 'vitest';
import { createAuthMiddleware, SignableRequest } from '../../src/auth/index.js';

// The middleware's parts called directly on Request objects, without openapi-fetch or a server.

const KEYS = { accessKey: 'HPUAEXAMPLEAK0000001', secretKey: 'exampleSecretKey0000000000000000000000001' };
const DOMAIN = '0123456789abcdef0123456789abcdef';
const now = () => new Date('2024-01-02T03:04:05Z');

describe('createAuthMiddleware().sign', () => {
  it.each<[string, Parameters<typeof createAuthMiddleware>[0], Record<string, string | null>]>([
    ['a token without a domain id', { credentials: { token: 'tok' } }, { 'x-auth-token': 'tok', 'x-domain-id': null, authorization: null }],
    ['a token with a domain id', { credentials: { token: 'tok' }, domainId: DOMAIN }, { 'x-auth-token': 'tok', 'x-domain-id': DOMAIN, authorization: null }],
    ['a key pair without a domain id', { credentials: KEYS, now }, { 'x-auth-token': null, 'x-domain-id': null, 'x-sdk-date': '20240102T030405Z' }],
    ['a key pair with a domain id', { credentials: KEYS, domainId: DOMAIN, now }, { 'x-auth-token': null, 'x-domain-id': DOMAIN, 'x-sdk-date': '20240102T030405Z' }],
  ])('%s', async (_, options, want) => {
    const request = await createAuthMiddleware(options).sign(new Request('https://h.example/v3/x'));
    expect(Object.fromEntries(Object.keys(want).map((name) => [name, request.headers.get(name)]))).toEqual(want);
    const authorization = request.headers.get('authorization');
    if ('x-sdk-date' in want) expect(authorization).toMatch(new RegExp(`SignedHeaders=host;${want['x-domain-id'] === null ? '' : 'x-domain-id;'}x-sdk-date, `));
  });
});

describe('SignableRequest', () => {
  it.each<[string, () => Request, string | undefined]>([
    ['built with a string body', () => new SignableRequest('https://h.example/', { method: 'POST', body: '{"a":1}' }), '{"a":1}'],
    ['built without a body', () => new SignableRequest('https://h.example/'), undefined],
    ['built with a byte body', () => new SignableRequest('https://h.example/', { method: 'POST', body: new Uint8Array([1]) }), undefined],
    ['built from another with a remembered body', () => new SignableRequest(new SignableRequest('https://h.example/', { method: 'POST', body: 'x' })), 'x'],
    ['built from another with a new byte body', () => new SignableRequest(new SignableRequest('https://h.example/', { method: 'POST', body: 'x' }), { body: new Uint8Array([1]) }), undefined],
    ['built from another with a new string body', () => new SignableRequest(new SignableRequest('https://h.example/', { method: 'POST', body: 'x' }), { body: 'y' }), 'y'],
    ['a plain Request', () => new Request('https://h.example/', { method: 'POST', body: 'x' }), undefined],
  ])('remembers the body of one %s', (_, build, want) => {
    expect(SignableRequest.bodyOf(build())).toBe(want);
  });
});
