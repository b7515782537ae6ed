import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { createCloudConnectClient, type CloudConnectClient } from '../../src/index.js';

// Black-box: the emulator over HTTP, driven by the signed client, with the resources this file creates.
type Query = NonNullable<Parameters<CloudConnectClient['listGcbResourceByTag']>[0]>['body'];

const RESOURCES: [name: string, tags: { key: string; value: string }[]][] = [
  ['gcb-prod-net', [{ key: 'env', value: 'prod' }, { key: 'team', value: 'net' }]],
  ['gcb-prod', [{ key: 'env', value: 'prod' }]],
  ['gcb-dev-net', [{ key: 'env', value: 'dev' }, { key: 'team', value: 'net' }]],
  ['gcb-untagged', []],
];

let emulator: RunningEmulator;
let cc: CloudConnectClient;

beforeAll(async () => {
  emulator = await startEmulator({ docsDir: false });
  cc = createCloudConnectClient({ endpoint: emulator.url, domainId: emulator.domainId, credentials: emulator.credentials });
  for (const [name, tags] of RESOURCES) {
    const base = { name, type: 'Area', charge_mode: 'bwd', size: 100, sla_level: 'Au', local_area: 'cn-north-4', remote_area: 'cn-east-3', bordercross: false } as const;
    await cc.createGlobalConnectionBandwidth({ body: { globalconnection_bandwidth: tags.length > 0 ? { ...base, tags } : base } });
  }
});

afterAll(async () => {
  await emulator?.close();
});

const PROD_AND_NET = [
  { key: 'env', values: ['prod'] },
  { key: 'team', values: ['net'] },
];

describe('TMS tag queries on global connection bandwidths (ListGcbResourceByTag, CountGcbResourceByTag)', () => {
  it.each<{ given: string; body: Query; want: string[] }>([
    { given: 'no condition', body: {}, want: ['gcb-dev-net', 'gcb-prod', 'gcb-prod-net', 'gcb-untagged'] },
    { given: 'tags: every condition must hold', body: { tags: PROD_AND_NET }, want: ['gcb-prod-net'] },
    { given: 'tags_any: one condition is enough', body: { tags_any: PROD_AND_NET }, want: ['gcb-dev-net', 'gcb-prod', 'gcb-prod-net'] },
    { given: 'not_tags: leaves out what holds every condition', body: { not_tags: PROD_AND_NET }, want: ['gcb-dev-net', 'gcb-prod', 'gcb-untagged'] },
    { given: 'not_tags with a key and no values: any value of it', body: { not_tags: [{ key: 'team', values: [] }] }, want: ['gcb-prod', 'gcb-untagged'] },
    { given: 'not_tags_any: leaves out what holds any condition', body: { not_tags_any: PROD_AND_NET }, want: ['gcb-untagged'] },
    { given: 'not_tags_any on a value nobody has', body: { not_tags_any: [{ key: 'env', values: ['test'] }] }, want: ['gcb-dev-net', 'gcb-prod', 'gcb-prod-net', 'gcb-untagged'] },
    { given: 'tags with not_tags_any', body: { tags: [{ key: 'env', values: ['prod'] }], not_tags_any: [{ key: 'team', values: ['net'] }] }, want: ['gcb-prod'] },
    { given: 'without_any_tag: true', body: { without_any_tag: true }, want: ['gcb-untagged'] },
    { given: 'without_any_tag: false narrows nothing', body: { without_any_tag: false }, want: ['gcb-dev-net', 'gcb-prod', 'gcb-prod-net', 'gcb-untagged'] },
  ])('$given', async ({ body, want }) => {
    const listed = await cc.listGcbResourceByTag({ limit: 100, body });
    expect(listed.resources?.map((r) => r.resource_name).sort()).toEqual(want);
    expect(listed.total_count).toBe(want.length);
    expect((await cc.countGcbResourceByTag({ body })).total_count).toBe(want.length);
  });
});
