import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CloudConnectClient } from '../../src/index.js';
import { fixtures } from './support/fixtures.js';
import { requestExample, startTestEmulator, type TestEmulator } from './support/harness.js';

let emulator: TestEmulator;
let cc: CloudConnectClient;
let make: ReturnType<typeof fixtures>;
let contended: { id: string };

beforeAll(async () => {
  emulator = await startTestEmulator({ quotas: { cloud_connection: 20 } });
  cc = emulator.client();
  make = fixtures(cc);
});

afterAll(async () => {
  expect(emulator.recorder.problems()).toEqual([]);
  await emulator.close();
});

const settled = <T>(calls: Promise<T>[]) => Promise.allSettled(calls);
/** How many calls succeeded (`ok`) and how many failed with each error code. */
function tally(results: PromiseSettledResult<unknown>[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of results) {
    const key = r.status === 'fulfilled' ? 'ok' : ((r.reason as { errorCode?: string }).errorCode ?? String(r.reason));
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

describe('parallel writes', () => {
  it('60 parallel updates of one cloud connection: every one answers, and the final state is exactly one of them', async () => {
    const target = await make.cloudConnection('cc-contended');
    contended = target;
    const writes = Array.from({ length: 60 }, (_, i) => ({ name: `cc-writer-${i}`, description: `written by writer ${i}` }));
    const answers = await Promise.all(writes.map((body) => cc.updateCloudConnection({ id: target.id, body: { cloud_connection: body } })));
    expect(answers.map((a) => a.cloud_connection.name).sort()).toEqual(writes.map((w) => w.name).sort());
    const { cloud_connection: final } = await cc.showCloudConnection({ id: target.id });
    // Name and description always come from the same writer: no update was half applied.
    expect(writes).toContainEqual({ name: final.name, description: final.description });
  });

  it('30 parallel creates against a quota of 20 with 1 left: exactly one wins', async () => {
    const existing = (await cc.listCloudConnections()).cloud_connections.length;
    for (let i = existing; i < 19; i++) await make.cloudConnection();
    const results = await settled(Array.from({ length: 30 }, (_, i) => cc.createCloudConnection({ body: { cloud_connection: { name: `cc-race-${i}` } } })));
    expect(tally(results)).toEqual({ ok: 1, 'CC.1033': 29 });
    expect((await cc.listCloudConnections()).cloud_connections).toHaveLength(20);
  });

  it('20 parallel creates of one name on another kind: exactly one wins, the rest get the name clash', async () => {
    const body = requestExample('CreateBandwidthPackage');
    const { resource_id: _id, resource_type: _type, ...rest } = body.bandwidth_package;
    const results = await settled(Array.from({ length: 20 }, () => cc.createBandwidthPackage({ body: { bandwidth_package: { ...rest, name: 'bwp-same' } } })));
    expect(tally(results)).toEqual({ ok: 1, 'CC.1053': 19 });
    expect((await cc.listBandwidthPackages({ name: ['bwp-same'] })).bandwidth_packages).toHaveLength(1);
  });

  it('50 parallel network instances into one cloud connection: the counter is exactly 50', async () => {
    const parent = contended;
    await Promise.all(Array.from({ length: 50 }, () => make.networkInstance(parent.id)));
    expect((await cc.showCloudConnection({ id: parent.id })).cloud_connection.network_instance_number).toBe(50);
    expect((await cc.listNetworkInstances({ cloud_connection_id: [parent.id] })).network_instances).toHaveLength(50);
  });

  it('19 parallel tag calls with distinct keys fill one resource to its 20 tags: no tag is lost, a 21st is refused', async () => {
    const target = await make.globalConnectionBandwidth();
    await Promise.all(Array.from({ length: 19 }, (_, i) => cc.createGcbResourceTag({ resource_id: target.id, body: { tag: { key: `k${i}`, value: `v${i}` } } })));
    const { tags } = await cc.listGcbResourceTags({ resource_id: target.id });
    expect(tags?.length).toBe(20);
    expect(tags).toContainEqual({ key: 'k18', value: 'v18' });
    await expect(cc.createGcbResourceTag({ resource_id: target.id, body: { tag: { key: 'k19', value: 'v19' } } })).rejects.toMatchObject({ status: 400, errorCode: 'CC.1001' });
  });
});
