import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CloudConnectClient } from '../../src/index.js';
import { fixtures } from './support/fixtures.js';
import { startTestEmulator, type TestEmulator } from './support/harness.js';

let emulator: TestEmulator;
let cc: CloudConnectClient;
let make: ReturnType<typeof fixtures>;

beforeAll(async () => {
  emulator = await startTestEmulator();
  cc = emulator.client();
  make = fixtures(cc);
});

afterAll(async () => {
  expect(emulator.recorder.problems()).toEqual([]);
  // The spec declares no 413; every other refusal above uses a status its operation declares.
  expect([...emulator.recorder.undeclared()]).toEqual(['CreateCloudConnection 413']);
  await emulator.close();
});

/** Everything the account has, to prove a refused request changed nothing. */
async function snapshot() {
  const [connections, instances] = await Promise.all([cc.listCloudConnections(), cc.listNetworkInstances()]);
  return { connections: connections.cloud_connections, instances: instances.network_instances };
}

describe('the documented errors of cloud connections', () => {
  it('CC.1031: a second cloud connection with a name in use is refused, on create and on rename', async () => {
    const taken = await make.cloudConnection('cc-taken');
    const other = await make.cloudConnection('cc-other');
    const before = await snapshot();
    await expect(cc.createCloudConnection({ body: { cloud_connection: { name: 'cc-taken' } } })).rejects.toMatchObject({ status: 400, errorCode: 'CC.1031' });
    await expect(cc.updateCloudConnection({ id: other.id, body: { cloud_connection: { name: 'cc-taken' } } })).rejects.toMatchObject({ status: 400, errorCode: 'CC.1031' });
    expect(await snapshot()).toEqual(before);
    // Keeping its own name is not a clash.
    expect((await cc.updateCloudConnection({ id: taken.id, body: { cloud_connection: { name: 'cc-taken', description: 'same name' } } })).cloud_connection.description).toBe('same name');
  });

  it('CC.1032: a cloud connection with network instances loaded cannot be deleted until they are removed', async () => {
    const parent = await make.cloudConnection();
    const instance = await make.networkInstance(parent.id);
    await expect(cc.deleteCloudConnection({ id: parent.id })).rejects.toMatchObject({
      status: 400,
      errorCode: 'CC.1032',
      errorMsg: expect.stringContaining('network instances are still loaded into it') as string,
    });
    expect((await cc.showCloudConnection({ id: parent.id })).cloud_connection.network_instance_number).toBe(1);
    await cc.deleteNetworkInstance({ id: instance.id });
    await cc.deleteCloudConnection({ id: parent.id });
    await expect(cc.showCloudConnection({ id: parent.id })).rejects.toMatchObject({ status: 404 });
  });

  it('CC.1033: creating beyond the configured quota (3 here) is refused', async () => {
    const small = await startTestEmulator({ quotas: { cloud_connection: 3 } });
    try {
      const client = small.client();
      const made = fixtures(client);
      for (let i = 0; i < 3; i++) await made.cloudConnection();
      await expect(made.cloudConnection()).rejects.toMatchObject({ status: 400, errorCode: 'CC.1033', errorMsg: expect.stringContaining('quota of 3') as string });
      expect((await client.listCloudConnections()).cloud_connections).toHaveLength(3);
      expect(small.recorder.problems()).toEqual([]);
    } finally {
      await small.close();
    }
  });

  const missing = '2d3f4e5a-1b2c-4d5e-8f90-a1b2c3d4e5f6';
  const table = [
    { given: 'show of an unknown id', call: () => cc.showCloudConnection({ id: missing }), status: 404, code: 'CC.1404' },
    { given: 'update of an unknown id', call: () => cc.updateCloudConnection({ id: missing, body: { cloud_connection: { name: 'x' } } }), status: 404, code: 'CC.1404' },
    { given: 'delete of an unknown id', call: () => cc.deleteCloudConnection({ id: missing }), status: 404, code: 'CC.1404' },
    { given: 'tag of an unknown id', call: () => cc.tagCloudConnection({ id: missing, body: { tags: [{ key: 'k', value: 'v' }] } }), status: 404, code: 'CC.1404' },
    { given: 'a malformed id', call: () => cc.showCloudConnection({ id: 'not-a-uuid' }), status: 400, code: 'CC.1001' },
    { given: 'an id longer than 36 characters', call: () => cc.showCloudConnection({ id: `${missing}-x` }), status: 400, code: 'CC.1001' },
    { given: 'an unknown parent in a nested path', call: () => cc.listCentralNetworkPolicies({ central_network_id: missing }), status: 404, code: 'CC.1404' },
  ];
  it.each(table)('$given → $status $code', async ({ call, status, code }) => {
    await expect(call()).rejects.toMatchObject({ status, errorCode: code });
  });
});

describe('bad input gets a clear 4xx and changes nothing', () => {
  let target: { id: string; name: string };
  beforeAll(async () => {
    target = await make.cloudConnection('cc-target');
  });

  const collection = () => emulator.path('/ccaas/cloud-connections');
  const item = () => emulator.path(`/ccaas/cloud-connections/${target.id}`);
  const table: { given: string; method: string; path: () => string; body?: string | object; headers?: Record<string, string>; auth?: 'token'; status: number; code: string; message: string }[] = [
    { given: 'malformed JSON', method: 'POST', path: collection, body: '{"cloud_connection":', status: 400, code: 'CC.1001', message: 'not valid JSON' },
    { given: 'a number where a string belongs', method: 'PUT', path: item, body: { cloud_connection: { name: 42 } }, status: 400, code: 'CC.1001', message: '/cloud_connection/name must be string' },
    { given: 'an unknown field', method: 'PUT', path: item, body: { cloud_connection: { name: 'x', colour: 'red' } }, status: 400, code: 'CC.1001', message: 'must NOT have additional properties ("colour")' },
    { given: 'angle brackets in a description', method: 'PUT', path: item, body: { cloud_connection: { description: '<script>' } }, status: 400, code: 'CC.1001', message: '/cloud_connection/description must match pattern' },
    { given: 'a 65-character name', method: 'POST', path: collection, body: { cloud_connection: { name: 'n'.repeat(65) } }, status: 400, code: 'CC.1001', message: 'must NOT have more than 64 characters' },
    { given: 'a missing wrapper', method: 'POST', path: collection, body: { name: 'x' }, status: 400, code: 'CC.1001', message: "must have required property 'cloud_connection'" },
    { given: 'an empty body', method: 'PUT', path: item, body: '', status: 400, code: 'CC.1001', message: 'request body is missing' },
    { given: 'a JSON array as body', method: 'PUT', path: item, body: '[]', status: 400, code: 'CC.1001', message: 'body must be object' },
    { given: 'a non-JSON content type', method: 'PUT', path: item, body: 'name=x', headers: { 'Content-Type': 'text/plain' }, status: 400, code: 'CC.1001', message: 'must be JSON' },
    { given: 'a body over 1 MiB', method: 'POST', path: collection, body: { cloud_connection: { name: 'x', description: 'd'.repeat(1024 * 1024) } }, status: 413, code: 'APIGW.0201', message: 'Request entity too large' },
    { given: 'limit 0', method: 'GET', path: () => `${collection()}?limit=0`, status: 400, code: 'CC.1001', message: 'query/limit must be >= 1' },
    { given: 'a non-numeric limit', method: 'GET', path: () => `${collection()}?limit=ten`, status: 400, code: 'CC.1001', message: 'query/limit must be integer' },
    { given: 'a repeated single-valued parameter', method: 'GET', path: () => `${collection()}?limit=1&limit=2`, status: 400, code: 'CC.1001', message: 'query/limit must be integer' },
    { given: 'a missing required query parameter', method: 'GET', path: () => emulator.path('/ccaas/quotas'), status: 400, code: 'CC.1001', message: 'query.quota_type is required by ListCloudConnectionQuotas: pass one of cloud_connection, cloud_connection_region, cloud_connection_route, region_network_instance' },
    { given: 'a status outside the enumeration', method: 'GET', path: () => `${collection()}?status=GONE`, status: 400, code: 'CC.1001', message: 'must be equal to one of the allowed values' },
    // The signer cannot sign what it cannot decode either, so this one carries a token.
    { given: 'a malformed percent-escape', method: 'GET', path: () => emulator.path('/ccaas/cloud-connections/%E0%A4%A'), auth: 'token', status: 400, code: 'CC.1001', message: 'malformed percent-escape' },
    { given: 'an unknown route', method: 'GET', path: () => emulator.path('/ccaas/no-such-thing'), status: 404, code: 'APIGW.0101', message: 'The API does not exist' },
    { given: 'a wrong method', method: 'PATCH', path: item, body: {}, status: 405, code: 'APIGW.0201', message: 'use DELETE, GET, PUT' },
    { given: "another account's domain id", method: 'GET', path: () => '/v3/fedcba9876543210fedcba9876543210/ccaas/cloud-connections', status: 403, code: 'APIGW.0302', message: 'not the caller' },
  ];

  it.each(table)('$given → $status $code', async ({ method, path, body, headers, auth, status, code, message }) => {
    const before = await snapshot();
    const answer = await emulator.request(method, path(), { body, headers, auth });
    expect({ status: answer.status, code: answer.body?.error_code }).toEqual({ status, code });
    expect(answer.body.error_msg).toContain(message);
    expect(answer.body.request_id).toBe(answer.headers.get('x-request-id'));
    if (status === 405) expect(answer.headers.get('allow')).toBe('DELETE, GET, PUT');
    expect(await snapshot()).toEqual(before);
  });
});
