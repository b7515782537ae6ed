import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sign } from '../../src/auth/index.js';
import { createCloudConnectClient } from '../../src/index.js';
import { startTestEmulator, type RawOptions, type TestEmulator } from './support/harness.js';

let emulator: TestEmulator;

beforeAll(async () => {
  emulator = await startTestEmulator();
});

afterAll(async () => {
  expect(emulator.recorder.problems()).toEqual([]);
  await emulator.close();
});

const minutes = (n: number) => new Date(Date.now() + n * 60_000);

describe('authentication, as the API gateway does it', () => {
  const list = () => emulator.path('/ccaas/cloud-connections');
  const table: { given: string; auth: RawOptions['auth']; headers?: Record<string, string>; status: number; code?: string; message?: string }[] = [
    { given: 'a valid AK/SK signature', auth: 'aksk', status: 200 },
    { given: 'a valid IAM token', auth: 'token', status: 200 },
    { given: 'a signature made 14 minutes ago', auth: { date: minutes(-14) }, status: 200 },
    { given: 'no credentials at all', auth: 'none', status: 401, code: 'APIGW.0301', message: 'x-auth-token not found' },
    { given: 'an unknown token', auth: 'none', headers: { 'X-Auth-Token': 'forged' }, status: 401, code: 'APIGW.0301', message: 'decrypt token fail' },
    { given: 'a wrong secret key', auth: { secretKey: 'not-the-secret' }, status: 401, code: 'APIGW.0301', message: 'verify aksk signature fail, canonicalRequest:GET|/v3/' },
    { given: 'an unknown access key', auth: { accessKey: 'UNKNOWNAK00000000001' }, status: 401, code: 'APIGW.0301', message: 'err:ak not exist' },
    { given: 'a signature 16 minutes old', auth: { date: minutes(-16) }, status: 401, code: 'APIGW.0303', message: 'signature expired' },
    { given: 'a signature dated 16 minutes ahead', auth: { date: minutes(16) }, status: 401, code: 'APIGW.0303', message: 'signature expired' },
    { given: 'an Authorization header of another scheme', auth: 'none', headers: { Authorization: 'Bearer abc' }, status: 401, code: 'APIGW.0301', message: 'malformed' },
    { given: 'an X-Domain-Id of another account', auth: 'token', headers: { 'X-Domain-Id': 'fedcba9876543210fedcba9876543210' }, status: 403, code: 'APIGW.0302', message: 'do not belong' },
  ];

  it.each(table)('$given → $status', async ({ auth, headers, status, code, message }) => {
    const answer = await emulator.request('GET', list(), { auth, headers });
    expect(answer.status).toBe(status);
    expect(answer.headers.get('x-request-id')).toMatch(/^[0-9a-f]{32}$/);
    if (code) {
      expect(answer.body).toMatchObject({ error_code: code, request_id: answer.headers.get('x-request-id') });
      expect(answer.body.error_msg).toContain(message);
    } else {
      expect(answer.body.cloud_connections).toEqual([]);
    }
  });

  it('refuses a body changed after signing, and stores nothing', async () => {
    const path = emulator.path('/ccaas/cloud-connections');
    expect((await emulator.request('POST', path, { body: { cloud_connection: { name: 'signed' } } })).status).toBe(201);
    // The signature covers the body's hash, so a body swapped on the way is refused.
    const tampered = await emulator.recorder.fetch(`${emulator.url}${path}`, {
      method: 'POST',
      headers: await signedHeaders('POST', path, '{"cloud_connection":{"name":"a"}}'),
      body: '{"cloud_connection":{"name":"b"}}',
    });
    expect(tampered.status).toBe(401);
    expect(((await tampered.json()) as { error_code: string }).error_code).toBe('APIGW.0301');
    const names = (await emulator.client().listCloudConnections()).cloud_connections.map((c) => c.name);
    expect(names).toEqual(['signed']);
  });

  it('refuses a query changed after signing', async () => {
    const path = emulator.path('/ccaas/cloud-connections');
    const headers = await signedHeaders('GET', `${path}?limit=1`, undefined);
    const answer = await emulator.recorder.fetch(`${emulator.url}${path}?limit=2`, { headers });
    expect(answer.status).toBe(401);
  });

  it('tells the generated client why: wrong key, skewed clock', async () => {
    const base = { endpoint: emulator.url, domainId: emulator.domainId, fetch: emulator.recorder.fetch, retry: false } as const;
    const wrongKey = createCloudConnectClient({ ...base, credentials: { accessKey: emulator.credentials.accessKey, secretKey: 'wrong' } });
    await expect(wrongKey.listCloudConnections()).rejects.toMatchObject({ status: 401, errorCode: 'APIGW.0301' });
    const skewed = createCloudConnectClient({ ...base, credentials: emulator.credentials, now: () => minutes(-20) });
    await expect(skewed.listCloudConnections()).rejects.toMatchObject({ status: 401, errorCode: 'APIGW.0303' });
    const token = createCloudConnectClient({ ...base, credentials: { token: emulator.token } });
    expect((await token.listCloudConnections()).cloud_connections).toHaveLength(1);
  });
});

/** Headers of a request signed for `body`, to be sent with something else. */
async function signedHeaders(method: string, path: string, body: string | undefined): Promise<Headers> {
  const headers = new Headers({ 'Content-Type': 'application/json' });
  const signed = await sign({ method, url: `${emulator.url}${path}`, headers, body: body ?? null }, { credentials: emulator.credentials, domainId: emulator.domainId, date: new Date() });
  signed.apply(headers);
  return headers;
}
