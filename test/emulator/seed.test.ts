import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { responseExample, startTestEmulator, TIMESTAMP, type TestEmulator } from './support/harness.js';

let emulator: TestEmulator;

beforeAll(async () => {
  emulator = await startTestEmulator();
});

afterAll(async () => {
  expect(emulator.recorder.problems()).toEqual([]);
  await emulator.close();
});

describe('the seed operation, UpdateCloudConnection', () => {
  it('renames a new cloud connection with the documented example body and answers like the documented example', async () => {
    const cc = emulator.client();
    const { cloud_connection: created } = await cc.createCloudConnection({ body: { cloud_connection: { name: 'cc-seed', description: 'before' } } });
    const answer = await emulator.request('PUT', emulator.path(`/ccaas/cloud-connections/${created.id}`), {
      body: '{"cloud_connection":{"name":"new cloud-connection name","description":"new cloud-connection description"}}',
    });

    expect(answer.status).toBe(200);
    const updated = answer.body.cloud_connection;
    expect(updated).toEqual({
      id: created.id,
      name: 'new cloud-connection name',
      description: 'new cloud-connection description',
      domain_id: emulator.domainId,
      enterprise_project_id: '0',
      created_at: created.created_at,
      updated_at: updated.updated_at,
      admin_state_up: true,
      status: 'ACTIVE',
      used_scene: 'vpc',
      network_instance_number: 0,
      bandwidth_package_number: 0,
      inter_region_bandwidth_number: 0,
      tags: [],
    });
    expect(updated.updated_at).toMatch(TIMESTAMP);
    expect(Date.parse(updated.updated_at)).toBeGreaterThanOrEqual(Date.parse(created.created_at));
    expect(answer.body.request_id).toBe(answer.headers.get('x-request-id'));

    // The same members as Huawei's documented answer, no more and no fewer.
    const documented = responseExample('UpdateCloudConnection');
    expect(Object.keys(answer.body).sort()).toEqual(Object.keys(documented).sort());
    expect(Object.keys(updated).sort()).toEqual(Object.keys(documented.cloud_connection as object).sort());

    expect((await cc.showCloudConnection({ id: created.id })).cloud_connection).toEqual(updated);
  });
});
