/**
 * The State layer called directly over the real spec's model (and, for the counters, a small document of its own):
 * which entries a collection holds (stored, kept in a parent's array, gathered from a union's members, a read-only
 * catalogue), how a path's parameters find one (parents, the item's own parameter, the UUID check), what a view
 * adds, and the labels messages use. No emulator, no HTTP.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { loadRules, type Rules } from '../../src/emulator/backends/index.js';
import { checkUniqueName } from '../../src/emulator/checks.js';
import type { EngineRequest } from '../../src/emulator/engine.js';
import { deriveModel, type Collection, type Model } from '../../src/emulator/model.js';
import { label, State } from '../../src/emulator/state.js';
import { Store, type Item, type StoredRecord } from '../../src/emulator/store.js';
import { SchemaReader } from '../../src/spec/index.js';
import { loadSpecModel } from '../support/spec.js';
import { documentWithSchemas } from './support/documents.js';

const spec = loadSpecModel();
const model = deriveModel(spec);
const rules = loadRules(spec);
const DOMAIN = 'domain-1';
const NETWORK_ID = '2d3f4e5a-1b2c-4d5e-8f90-a1b2c3d4e5f6';

const at = (key: string): Collection => model.collections.find((c) => c.key === `/v3/{domain_id}/${key}`)!;
const NETWORKS = at('gcn/central-networks');
const POLICIES = at('gcn/central-network/{central_network_id}/policies');
const ATTACHMENTS = at('gcn/central-network/{central_network_id}/attachments');
const GDGW_ATTACHMENTS = at('gcn/central-network/{central_network_id}/gdgw-attachments');
const ER_ATTACHMENTS = at('gcn/central-network/{central_network_id}/er-route-table-attachments');
const CONNECTIONS = at('gcn/central-network/{central_network_id}/connections');
const SITE_NETWORKS = at('dcaas/site-networks');
const SITE_CONNECTIONS = at('dcaas/site-network/{site_network_id}/connections');
const REGIONS = at('ccaas/regions');
const QUOTAS = at('ccaas/quotas');
const CLOUD_CONNECTIONS = at('ccaas/cloud-connections');
const BANDWIDTH_PACKAGES = at('ccaas/bandwidth-packages');
const NETWORK_INSTANCES = at('ccaas/network-instances');
const ROUTES = at('ccaas/cloud-connection-routes');

let store: Store;
let state: State;

beforeEach(async () => {
  store = await Store.open();
  state = new State(spec.schemas, model, store, rules);
});

function insert(collection: Collection, item: Item, parents: Record<string, string> = {}, domainId = DOMAIN): StoredRecord {
  const record: StoredRecord = { id: String(item.id), seq: store.nextSeq(), domainId, parents, item };
  store.insert(collection.key, record);
  return record;
}

/** What a call throws, as status and message. */
function refusal(call: () => unknown): string {
  try {
    call();
    return 'accepted';
  } catch (error) {
    return `${(error as { status: number }).status} ${(error as Error).message}`;
  }
}

describe('label', () => {
  const collection = (key: string, itemKey?: string) => ({ key, itemKey, parents: [], creatable: false, examples: [], seeds: [] }) as Collection;
  it.each<{ given: string; collection: Collection; want: string }>([
    { given: 'the item key, in words', collection: collection('/v3/x', 'central_network'), want: 'central network' },
    { given: 'else the last fixed segment of the path', collection: collection('/v3/{domain_id}/region-specifications/{id}'), want: 'region specifications' },
    { given: 'else “resource”', collection: collection('{domain_id}'), want: 'resource' },
  ])('$given', ({ collection, want }) => {
    expect(label(collection)).toBe(want);
  });
});

describe('kind', () => {
  it.each<{ given: string; itemKey: string; creatable?: boolean; want: Collection | undefined }>([
    { given: 'by item key', itemKey: 'central_network', want: NETWORKS },
    { given: 'a collection without item key, by its list key', itemKey: 'quotas', want: QUOTAS },
    { given: 'not by the list key of a collection that has an item key', itemKey: 'central_networks', want: undefined },
    { given: 'creatable only', itemKey: 'central_network', creatable: true, want: NETWORKS },
    { given: 'creatable only, when the kind is not', itemKey: 'central_network_attachment', creatable: true, want: undefined },
    { given: 'not creatable only, when the kind is', itemKey: 'central_network', creatable: false, want: undefined },
  ])('$given', ({ itemKey, creatable, want }) => {
    expect(state.kind(itemKey, creatable)).toBe(want);
  });
});

describe('checkId', () => {
  it.each<{ given: string; collection: Collection; want: string }>([
    { given: 'a creatable kind', collection: NETWORKS, want: '400 The id "n-1" is not a valid central network id: ids are UUIDs such as 2d3f4e5a-1b2c-4d5e-8f90-a1b2c3d4e5f6.' },
    { given: 'a derived kind', collection: CONNECTIONS, want: '400 The id "n-1" is not a valid central network connection id: ids are UUIDs such as 2d3f4e5a-1b2c-4d5e-8f90-a1b2c3d4e5f6.' },
    { given: 'a union of creatable kinds', collection: ATTACHMENTS, want: '400 The id "n-1" is not a valid central network attachment id: ids are UUIDs such as 2d3f4e5a-1b2c-4d5e-8f90-a1b2c3d4e5f6.' },
    { given: 'a read-only catalogue takes the examples’ own ids', collection: QUOTAS, want: 'accepted' },
  ])('an id that is not a UUID, for $given', ({ collection, want }) => {
    expect(refusal(() => state.checkId(collection, 'id', 'n-1'))).toBe(want);
  });
});

describe('parents and locate', () => {
  const POLICY_PATH = `${POLICIES.key}/{policy_id}`.split('/');

  it('a parent the path does not name is skipped (a list across every parent)', () => {
    expect(state.parents({}, DOMAIN, POLICIES)).toEqual({});
  });

  it.each<{ given: string; params: Record<string, string>; want: string }>([
    { given: 'neither the parent’s id nor the account’s stands for the item', params: { domain_id: 'd-1', central_network_id: NETWORK_ID }, want: '404 The request does not name a central network policy.' },
    { given: 'the item’s own parameter names it', params: { domain_id: 'd-1', central_network_id: NETWORK_ID, policy_id: 'p-1' }, want: '400 The policy_id "p-1" is not a valid central network policy id: ids are UUIDs such as 2d3f4e5a-1b2c-4d5e-8f90-a1b2c3d4e5f6.' },
  ])('$given', ({ params, want }) => {
    insert(NETWORKS, { id: NETWORK_ID });
    expect(refusal(() => state.locate(params, POLICY_PATH, DOMAIN, POLICIES))).toBe(want);
  });
});

describe('entries', () => {
  it('items kept in a parent’s array: the account’s, across every parent, ordered by parent then place', () => {
    const first = insert(SITE_NETWORKS, { id: 's1', connections: [{ id: 'c1' }, { id: 'c2' }] });
    insert(SITE_NETWORKS, { id: 'x1', connections: [{ id: 'cx' }] }, {}, 'someone-else');
    const second = insert(SITE_NETWORKS, { id: 's2', connections: [{ id: 'c3' }] });
    insert(SITE_NETWORKS, { id: 's3' });
    expect(state.allOf(SITE_CONNECTIONS, DOMAIN).map((e) => [e.item.id, e.seq, e.record])).toEqual([
      ['c1', first.seq, first],
      ['c2', first.seq + 0.001, first],
      ['c3', second.seq, second],
    ]);
    expect(state.entries(SITE_CONNECTIONS, DOMAIN, { site_network_id: 's2' }).map((e) => e.item.id)).toEqual(['c3']);
  });

  it('a union lists its members’ items in creation order, each with the fields its member adds', () => {
    const parents = { central_network_id: NETWORK_ID };
    insert(GDGW_ATTACHMENTS, { id: 'g1' }, parents);
    insert(ER_ATTACHMENTS, { id: 'e1' }, parents);
    insert(GDGW_ATTACHMENTS, { id: 'g2' }, parents);
    const entries = state.entries(ATTACHMENTS, DOMAIN, parents);
    expect(entries.map((e) => e.item.id)).toEqual(['g1', 'e1', 'g2']);
    expect(entries.map((e) => e.home)).toEqual([GDGW_ATTACHMENTS, ER_ATTACHMENTS, GDGW_ATTACHMENTS]);
  });

  it('a union view adds its member’s fields and copies the member’s own into the common ones, only those it has', () => {
    const parents = { central_network_id: NETWORK_ID };
    insert(GDGW_ATTACHMENTS, { id: 'g1', global_dc_gateway_id: 'gw-1' }, parents);
    const [entry] = state.entries(ATTACHMENTS, DOMAIN, parents);
    const view = state.view(entry!, DOMAIN);
    expect(view).toMatchObject({ id: 'g1', attachment_instance_type: 'GDGW', attachment_instance_id: 'gw-1' });
    expect(Object.keys(view).filter((key) => key.startsWith('attachment_instance_'))).toEqual(['attachment_instance_type', 'attachment_instance_id']);
  });

  it('a read-only catalogue: its examples first, before the account’s changed copies, which replace them', () => {
    const [one, two] = REGIONS.examples as [Item, Item];
    expect(state.entries(REGIONS, DOMAIN, {}).map((e) => [e.item.id, e.seq])).toEqual([
      [one.id, -2],
      [two.id, -1],
    ]);
    const copy = insert(REGIONS, { ...one, changed: true });
    expect(state.entries(REGIONS, DOMAIN, {}).map((e) => [e.item.id, e.seq])).toEqual([
      [two.id, -1],
      [one.id, copy.seq],
    ]);
  });

  it('derived items: computed ones first in their own order, each replaced by its stored copy; seeded ones nobody replaced follow', () => {
    insert(NETWORK_INSTANCES, { id: 'ni1', status: 'ACTIVE', cloud_connection_id: 'cc1', cidrs: ['10.0.0.0/24', '10.1.0.0/24'] });
    const derived = state.entries(ROUTES, DOMAIN, {});
    expect(derived.map((e) => [e.seq, e.record])).toEqual([
      [-1e6, undefined],
      [-1e6 + 1, undefined],
    ]);
    const copy = insert(ROUTES, { ...derived[1]!.item, changed: true });
    const seed: StoredRecord = { id: 'seeded-route', seq: store.nextSeq(), domainId: DOMAIN, parents: {}, item: { id: 'seeded-route' }, seeded: true };
    store.insert(ROUTES.key, seed);
    expect(state.entries(ROUTES, DOMAIN, {}).map((e) => [e.item.id, e.seq])).toEqual([
      [derived[0]!.item.id, -1e6],
      [copy.id, copy.seq],
      ['seeded-route', seed.seq],
    ]);
  });

  // The spec has no such collection (its nested read-only ones are derived, embedded or a union): a catalogue moved
  // under a parent stands for one.
  it('a nested collection nobody creates or derives holds only what was stored under its parent, never the examples', () => {
    const nested: Collection = { ...REGIONS, key: '/v3/{domain_id}/gcn/central-network/{central_network_id}/regions', parents: [{ param: 'central_network_id', collection: NETWORKS }] };
    expect(nested.examples.length).toBeGreaterThan(0);
    expect(state.entries(nested, DOMAIN, { central_network_id: NETWORK_ID })).toEqual([]);
    const stored = insert(nested, { id: 'r1' }, { central_network_id: NETWORK_ID });
    expect(state.entries(nested, DOMAIN, { central_network_id: NETWORK_ID }).map((e) => e.record)).toEqual([stored]);
  });
});

describe('viewContext', () => {
  it('a kind the model does not have holds nothing, here or in any account', () => {
    insert(NETWORKS, { id: 'n1' });
    const context = state.viewContext(DOMAIN);
    expect([context.items('no_such_kind'), context.everywhere('no_such_kind')]).toEqual([[], []]);
    expect([context.items('central_network'), context.everywhere('central_network')]).toEqual([[{ id: 'n1' }], [{ id: 'n1' }]]);
  });
});

describe('view', () => {
  it('a kind without counters or computed fields is shown as stored', () => {
    expect(state.view({ item: { id: 'x1', name: 'n' }, seq: 1, home: BANDWIDTH_PACKAGES }, DOMAIN)).toEqual({ id: 'x1', name: 'n' });
  });

  describe('counters, over a small document', () => {
    const doc = documentWithSchemas({
      Box: {
        type: 'object',
        properties: { id: { type: 'string' }, ball_number: { type: 'integer' }, serial_number: { type: 'string' }, size: { type: 'integer' } },
      },
      Ball: { type: 'object', properties: { id: { type: 'string' }, box_id: { type: 'string' } } },
    });
    const collection = (key: string, itemKey: string, schema: string): Collection =>
      ({ key, itemKey, itemSchema: { $ref: `#/components/schemas/${schema}` }, parents: [], creatable: true, examples: [], seeds: [] }) as Collection;
    const BOXES = collection('/boxes', 'box', 'Box');
    const BALLS = collection('/balls', 'ball', 'Ball');
    const noRules = { resources: new Map(), unions: new Map(), derived: new Map(), transitions: new Map() } as unknown as Rules;
    const small = { collections: [BOXES, BALLS], byKey: new Map([BOXES, BALLS].map((c) => [c.key, c])) } as unknown as Model;

    it('only integer members named *_number count, each the resources pointing here; other members stay as stored', async () => {
      const own = await Store.open();
      const boxes = new State(new SchemaReader(doc), small, own, noRules);
      for (const [id, box] of [['b1', 'x'], ['b2', 'x'], ['b3', 'y']]) own.insert(BALLS.key, { id: id!, seq: own.nextSeq(), domainId: DOMAIN, parents: {}, item: { id, box_id: box } });
      expect(boxes.view({ item: { id: 'x' }, seq: 1, home: BOXES }, DOMAIN)).toEqual({ id: 'x', ball_number: 2 });
      expect(boxes.view({ item: { id: 'z', serial_number: 'S', size: 3 }, seq: 2, home: BOXES }, DOMAIN)).toEqual({ id: 'z', ball_number: 0, serial_number: 'S', size: 3 });
    });
  });
});

describe('checkUniqueName (checks.ts, over the state)', () => {
  const request = { domainId: DOMAIN, operation: { operationId: 'UpdateCloudConnection' } } as unknown as EngineRequest;
  it.each<{ given: string; name: unknown; want: string }>([
    { given: 'a name another resource of the kind uses', name: 'taken', want: '400 UpdateCloudConnection: the name "taken" is already used by another cloud connection of the account; choose another.' },
    { given: 'a free name', name: 'free', want: 'accepted' },
    { given: 'no name (a change that leaves it), though another resource has none either', name: undefined, want: 'accepted' },
  ])('$given', ({ name, want }) => {
    insert(CLOUD_CONNECTIONS, { id: 'a', name: 'taken' });
    insert(CLOUD_CONNECTIONS, { id: 'b' });
    expect(refusal(() => checkUniqueName(state, request, CLOUD_CONNECTIONS, name, 'c'))).toBe(want);
  });
});
