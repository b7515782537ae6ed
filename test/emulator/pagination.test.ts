import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paginate, type CloudConnectClient } from '../../src/index.js';
import { fixtures } from './support/fixtures.js';
import { startTestEmulator, type TestEmulator } from './support/harness.js';

let emulator: TestEmulator;
let cc: CloudConnectClient;
let names: string[];
let ids: string[];

beforeAll(async () => {
  emulator = await startTestEmulator({ quotas: { cloud_connection: 50 } });
  cc = emulator.client();
  names = Array.from({ length: 10 }, (_, i) => `cc-page-${String(i).padStart(2, '0')}`);
  ids = [];
  for (const name of names) ids.push((await cc.createCloudConnection({ body: { cloud_connection: { name } } })).cloud_connection.id);
});

afterAll(async () => {
  expect(emulator.recorder.problems()).toEqual([]);
  await emulator.close();
});

const namesOf = (page: { cloud_connections: { name: string }[] }) => page.cloud_connections.map((c) => c.name);

describe('marker pagination over 10 cloud connections, 3 per page', () => {
  it('walks forward in creation order, then back with previous_marker', async () => {
    const forward: string[][] = [];
    const infos: object[] = [];
    let marker: string | undefined;
    let last: Awaited<ReturnType<typeof cc.listCloudConnections>> | undefined;
    do {
      last = await cc.listCloudConnections({ limit: 3, ...(marker ? { marker } : {}) });
      forward.push(namesOf(last));
      infos.push({ count: last.page_info?.current_count, next: last.page_info?.next_marker !== undefined, previous: last.page_info?.previous_marker !== undefined });
      marker = last.page_info?.next_marker;
    } while (marker);
    expect(forward).toEqual([names.slice(0, 3), names.slice(3, 6), names.slice(6, 9), names.slice(9)]);
    expect(infos).toEqual([
      { count: 3, next: true, previous: false },
      { count: 3, next: true, previous: true },
      { count: 3, next: true, previous: true },
      { count: 1, next: false, previous: true },
    ]);

    const backward: string[][] = [];
    let back = last.page_info?.previous_marker;
    while (back) {
      const page = await cc.listCloudConnections({ limit: 3, marker: back });
      backward.push(namesOf(page));
      back = page.page_info?.previous_marker;
    }
    expect(backward).toEqual([names.slice(6, 9), names.slice(3, 6), names.slice(0, 3)]);
  });

  it('keeps its place when the item a marker points at is deleted', async () => {
    const client = emulator.client();
    const extra = fixtures(client);
    const a = await extra.cloudConnection('cc-page-gone-a');
    const b = await extra.cloudConnection('cc-page-gone-b');
    const first = await cc.listCloudConnections({ limit: 11 });
    expect(first.cloud_connections.at(-1)?.id).toBe(a.id);
    await cc.deleteCloudConnection({ id: a.id });
    const rest = await cc.listCloudConnections({ limit: 5, marker: first.page_info!.next_marker! });
    expect(rest.cloud_connections.map((c) => c.id)).toEqual([b.id]);
    await cc.deleteCloudConnection({ id: b.id });
  });

  it("accepts a plain item id as marker, as Huawei's older pages did, and refuses anything else", async () => {
    expect(namesOf(await cc.listCloudConnections({ limit: 2, marker: ids[7]! }))).toEqual(names.slice(8, 10));
    await expect(cc.listCloudConnections({ marker: 'no-such-marker' })).rejects.toMatchObject({ status: 400, errorCode: 'CC.1001' });
  });

  it('the client paginator collects every item across pages', async () => {
    const all: string[] = [];
    for await (const connection of paginate(cc, 'ListCloudConnections', { limit: 4 })) all.push(connection.name);
    expect(all).toEqual(names);
  });
});

describe('list filters', () => {
  const table = [
    { given: 'two ids, as repeated keys', query: () => `id=${ids[2]}&id=${ids[5]}`, want: () => [names[2], names[5]] },
    { given: 'a name and a status', query: () => `name=${names[4]}&status=ACTIVE`, want: () => [names[4]] },
    { given: 'a filter the item has no field for (ignored)', query: () => `type=vpc&limit=2`, want: () => names.slice(0, 2) },
    { given: 'a name nobody has', query: () => 'name=nobody', want: () => [] },
    { given: 'a filter and paging together', query: () => `id=${ids[1]}&id=${ids[2]}&id=${ids[3]}&limit=2`, want: () => [names[1], names[2]] },
  ];
  it.each(table)('$given', async ({ query, want }) => {
    const answer = await emulator.request('GET', `${emulator.path('/ccaas/cloud-connections')}?${query()}`);
    expect(answer.status).toBe(200);
    expect(namesOf(answer.body)).toEqual(want());
  });
});

describe('offset paging and sorting where the spec uses them', () => {
  it('pages TMS-style tag results with limit and offset, counting all matches', async () => {
    const made = fixtures(cc);
    const created = [];
    for (let i = 0; i < 5; i++) created.push(await made.globalConnectionBandwidth(`gcb-offset-${i}`));
    const page = await cc.listGcbResourceByTag({ limit: 2, offset: 2, body: { tags: [{ key: 'env', values: ['prod'] }] } });
    expect(page.total_count).toBe(5);
    expect(page.resources?.map((r) => r.resource_name)).toEqual(['gcb-offset-2', 'gcb-offset-3']);
  });

  it('sorts central networks by sort_key and sort_dir', async () => {
    const made = fixtures(cc);
    for (const name of ['gcn-b', 'gcn-c', 'gcn-a']) await made.centralNetwork(name);
    const sorted = await cc.listCentralNetworks({ sort_key: 'name', sort_dir: 'desc' });
    expect(sorted.central_networks.map((n) => n.name)).toEqual(['gcn-c', 'gcn-b', 'gcn-a']);
  });
});
