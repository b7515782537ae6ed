/**
 * Lifecycle called directly over the real spec's model, with the clock in the test's hands: 202 transitions
 * (when they fall due, what they change, what a newer change supersedes), removal with everything nested, and the
 * seeding of the spec's examples. No emulator, no waiting.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { loadRules } from '../../src/emulator/backends/index.js';
import { Lifecycle } from '../../src/emulator/lifecycle.js';
import { deriveModel, type Collection } from '../../src/emulator/model.js';
import { State } from '../../src/emulator/state.js';
import { Store, type Item, type Pending, type StoredRecord } from '../../src/emulator/store.js';
import { loadSpecModel } from '../support/spec.js';

const spec = loadSpecModel();
const model = deriveModel(spec);
const rules = loadRules(spec);
const DELAY = 100;
const T0 = Date.UTC(2026, 0, 1, 0, 0, 0);
const DOMAIN = 'domain-1';

const byItemKey = (itemKey: string): Collection => model.collections.find((c) => c.itemKey === itemKey && c.creatable) ?? model.collections.find((c) => c.itemKey === itemKey)!;
const NETWORKS = byItemKey('central_network');
const POLICIES = byItemKey('central_network_policy');
const SITE_NETWORKS = byItemKey('site_network');

let store: Store;
let state: State;
let lifecycle: Lifecycle;

beforeEach(async () => {
  store = await Store.open();
  state = new State(spec.schemas, model, store, rules);
  lifecycle = new Lifecycle(state, DELAY);
});

function insert(collection: Collection, item: Item, parents: Record<string, string> = {}): StoredRecord {
  const record: StoredRecord = { id: String(item.id), seq: store.nextSeq(), domainId: DOMAIN, parents, item };
  store.insert(collection.key, record);
  return record;
}

describe('202 transitions', () => {
  it('CreateCentralNetwork: CREATING at once, AVAILABLE exactly when the delay is up, with updated_at then', () => {
    const record = insert(NETWORKS, { id: 'n1', state: 'AVAILABLE', updated_at: 'before' });
    expect(lifecycle.start('CreateCentralNetwork', NETWORKS, record, record.item, T0)).toBe(true);
    expect(record.item.state).toBe('CREATING');
    expect(record.pending).toEqual([{ at: T0 + DELAY, field: 'state', to: 'AVAILABLE' }]);
    lifecycle.settle(T0 + DELAY - 1);
    expect(record.item.state).toBe('CREATING');
    expect(record.pending).toHaveLength(1);
    lifecycle.settle(T0 + DELAY);
    expect(record.item).toEqual({ id: 'n1', state: 'AVAILABLE', updated_at: '2026-01-01T00:00:00Z' });
    expect(record).not.toHaveProperty('pending');
  });

  it('an item without updated_at does not get one', () => {
    const record = insert(NETWORKS, { id: 'n1', state: 'AVAILABLE' });
    lifecycle.start('CreateCentralNetwork', NETWORKS, record, record.item, T0);
    lifecycle.settle(T0 + DELAY);
    expect(record.item).toEqual({ id: 'n1', state: 'AVAILABLE' });
  });

  it('an operation without a transition answers at once and changes nothing', () => {
    const record = insert(NETWORKS, { id: 'n1', state: 'AVAILABLE' });
    expect(lifecycle.start('UpdateCentralNetwork', NETWORKS, record, record.item, T0)).toBe(false);
    expect(record.item.state).toBe('AVAILABLE');
    expect(record).not.toHaveProperty('pending');
  });

  it('DeleteCentralNetwork: DELETING, then the network and everything under it are gone', () => {
    const network = insert(NETWORKS, { id: 'n1', state: 'AVAILABLE' });
    insert(NETWORKS, { id: 'n2', state: 'AVAILABLE' });
    insert(POLICIES, { id: 'p1', central_network_id: 'n1' }, { central_network_id: 'n1' });
    insert(POLICIES, { id: 'p2', central_network_id: 'n2' }, { central_network_id: 'n2' });
    lifecycle.start('DeleteCentralNetwork', NETWORKS, network, network.item, T0);
    expect(network.item.state).toBe('DELETING');
    expect(network.pending).toEqual([{ at: T0 + DELAY, remove: true }]);
    lifecycle.settle(T0 + DELAY - 1);
    expect(store.records(NETWORKS.key).map((r) => r.id)).toEqual(['n1', 'n2']);
    lifecycle.settle(T0 + DELAY);
    expect(store.records(NETWORKS.key).map((r) => r.id)).toEqual(['n2']);
    expect(store.records(POLICIES.key).map((r) => r.id)).toEqual(['p2']);
  });

  it('a newer change supersedes what the item was still waiting for; other pending changes stay', () => {
    const record = insert(NETWORKS, { id: 'n1', state: 'AVAILABLE' });
    lifecycle.start('CreateCentralNetwork', NETWORKS, record, record.item, T0);
    lifecycle.start('DeleteCentralNetwork', NETWORKS, record, record.item, T0 + 10);
    expect(record.pending).toEqual([{ at: T0 + 10 + DELAY, remove: true }]);
    lifecycle.settle(T0 + DELAY);
    expect(record.item.state).toBe('DELETING');
    expect(store.records(NETWORKS.key)).toHaveLength(1);
    lifecycle.settle(T0 + 10 + DELAY);
    expect(store.records(NETWORKS.key)).toHaveLength(0);
  });

  it('settles only what is due, keeping the rest pending', () => {
    const first = insert(NETWORKS, { id: 'n1', state: 'AVAILABLE' });
    const second = insert(NETWORKS, { id: 'n2', state: 'AVAILABLE' });
    lifecycle.start('CreateCentralNetwork', NETWORKS, first, first.item, T0);
    lifecycle.start('CreateCentralNetwork', NETWORKS, second, second.item, T0 + 50);
    lifecycle.settle(T0 + DELAY);
    expect([first.item.state, second.item.state]).toEqual(['AVAILABLE', 'CREATING']);
    expect(first).not.toHaveProperty('pending');
    expect(second.pending).toEqual([{ at: T0 + 50 + DELAY, field: 'state', to: 'AVAILABLE' }]);
  });

  describe('an item kept in its parent’s array (a site network’s connection)', () => {
    const CONNECTIONS = model.collections.find((c) => c.itemKey === 'site_connection')!;
    const network = () =>
      insert(SITE_NETWORKS, {
        id: 'sn',
        state: 'AVAILABLE',
        connections: [
          { id: 'c1', state: 'AVAILABLE', updated_at: 'before' },
          { id: 'c2', state: 'AVAILABLE' },
        ],
      });

    it('moves that item only', () => {
      const record = network();
      const [c1, c2] = record.item.connections as Item[];
      expect(lifecycle.start('AssociateSiteNetworkBandwidth', CONNECTIONS, record, c1!, T0)).toBe(true);
      expect([c1!.state, c2!.state, record.item.state]).toEqual(['UPDATING', 'AVAILABLE', 'AVAILABLE']);
      expect(record.pending).toEqual([{ at: T0 + DELAY, field: 'state', to: 'AVAILABLE', embedded: { field: 'connections', id: 'c1' } }]);
      lifecycle.start('AssociateSiteNetworkBandwidth', CONNECTIONS, record, c2!, T0 + 20);
      expect(record.pending).toHaveLength(2);
      lifecycle.settle(T0 + DELAY);
      expect([c1!.state, c2!.state]).toEqual(['AVAILABLE', 'UPDATING']);
      expect(c1!.updated_at).toBe('2026-01-01T00:00:00Z');
      expect(record.pending).toEqual([{ at: T0 + 20 + DELAY, field: 'state', to: 'AVAILABLE', embedded: { field: 'connections', id: 'c2' } }]);
      c1!.state = 'DOWN';
      lifecycle.settle(T0 + 20 + DELAY);
      expect([c1!.state, c2!.state]).toEqual(['DOWN', 'AVAILABLE']);
      expect(record).not.toHaveProperty('pending');
    });

    it('a change to an item that is gone meanwhile is dropped', () => {
      const record = network();
      lifecycle.start('AssociateSiteNetworkBandwidth', CONNECTIONS, record, (record.item.connections as Item[])[0]!, T0);
      record.item.connections = [];
      lifecycle.settle(T0 + DELAY);
      expect(record.item.connections).toEqual([]);
      expect(record).not.toHaveProperty('pending');
    });

    it('remove takes the item out of the array, and a removal step does too', () => {
      const record = network();
      const [c1] = record.item.connections as Item[];
      lifecycle.remove({ item: c1!, seq: 0, record, home: CONNECTIONS }, record);
      expect((record.item.connections as Item[]).map((c) => c.id)).toEqual(['c2']);
      record.pending = [{ at: T0, remove: true, embedded: { field: 'connections', id: 'c2' } }];
      lifecycle.settle(T0);
      expect(record.item.connections).toEqual([]);
      expect(store.records(SITE_NETWORKS.key)).toHaveLength(1);
    });
  });

  it('settling when nothing is due changes nothing: the store does not count a change', () => {
    const record = insert(NETWORKS, { id: 'n1', state: 'AVAILABLE' });
    lifecycle.start('CreateCentralNetwork', NETWORKS, record, record.item, T0);
    const version = store.version;
    lifecycle.settle(T0 + DELAY - 1);
    expect(store.version).toBe(version);
    expect(record.pending).toEqual([{ at: T0 + DELAY, field: 'state', to: 'AVAILABLE' }]);
  });

  // Pending steps outlive the process in a store file, so they are read back as they were written.
  it.each<{ given: string; step: Pending }>([
    { given: 'a step naming a field but no value', step: { at: T0, field: 'state' } },
    { given: 'a step naming a value but no field', step: { at: T0, to: 'DOWN' } },
  ])('$given changes nothing when due', ({ step }) => {
    const record = insert(NETWORKS, { id: 'n1', state: 'AVAILABLE' });
    record.pending = [step];
    lifecycle.settle(T0);
    expect(record.item).toEqual({ id: 'n1', state: 'AVAILABLE' });
    expect(record).not.toHaveProperty('pending');
  });

  it('a removal due in a collection the model does not know leaves the record where it is', () => {
    const record: StoredRecord = { id: 'x1', seq: store.nextSeq(), domainId: DOMAIN, parents: {}, item: { id: 'x1' }, pending: [{ at: T0, remove: true }] };
    store.insert('/v3/{domain_id}/gone/things', record);
    lifecycle.settle(T0);
    expect(store.records('/v3/{domain_id}/gone/things')).toEqual([{ id: 'x1', seq: record.seq, domainId: DOMAIN, parents: {}, item: { id: 'x1' } }]);
  });

  it('removing a network takes only its own children, whatever order they were stored in', () => {
    const network = insert(NETWORKS, { id: 'n1' });
    insert(NETWORKS, { id: 'n2' });
    insert(POLICIES, { id: 'p2' }, { central_network_id: 'n2' });
    insert(POLICIES, { id: 'p1' }, { central_network_id: 'n1' });
    insert(POLICIES, { id: 'p3' }, { central_network_id: 'n2' });
    lifecycle.remove({ item: network.item, seq: network.seq, record: network, home: NETWORKS }, network);
    expect(store.records(POLICIES.key).map((r) => r.id)).toEqual(['p2', 'p3']);
  });

  it('removing a resource leaves what hangs under another kind of parent that happens to share its id', () => {
    const network = insert(NETWORKS, { id: 'same' });
    const policy = insert(POLICIES, { id: 'same' }, { central_network_id: 'other' });
    const CHANGE_SETS = model.collections.find((c) => c.parents.some((p) => p.collection === POLICIES))!;
    const param = CHANGE_SETS.parents.find((p) => p.collection === POLICIES)!.param;
    insert(CHANGE_SETS, { id: 'cs1' }, { central_network_id: 'other', [param]: 'same' });
    lifecycle.remove({ item: network.item, seq: network.seq, record: network, home: NETWORKS }, network);
    expect(store.records(POLICIES.key)).toEqual([policy]);
    expect(store.records(CHANGE_SETS.key).map((r) => r.id)).toEqual(['cs1']);
  });

  it('remove of a stored resource takes its children with it', () => {
    const network = insert(NETWORKS, { id: 'n1' });
    insert(POLICIES, { id: 'p1' }, { central_network_id: 'n1' });
    lifecycle.remove({ item: network.item, seq: network.seq, record: network, home: NETWORKS }, network);
    expect(store.records(NETWORKS.key)).toEqual([]);
    expect(store.records(POLICIES.key)).toEqual([]);
  });
});

describe('materialise', () => {
  it('gives a catalogue or derived item its own stored copy once, under the parents named', () => {
    const home = model.collections.find((c) => !c.creatable && c.examples.length > 0 && c.parents.length === 0)!;
    const entry = { item: { id: 'cat-1', value: 1 }, seq: -1, home };
    const record = lifecycle.materialise(DOMAIN, entry, { p: 'x' });
    expect(record).toMatchObject({ id: 'cat-1', domainId: DOMAIN, parents: { p: 'x' }, item: { id: 'cat-1', value: 1 } });
    expect(entry.item).toBe(record.item);
    expect(store.records(home.key)).toEqual([record]);
    expect(lifecycle.materialise(DOMAIN, entry, {})).toBe(record);
    expect(store.records(home.key)).toHaveLength(1);
  });
});

describe('seed', () => {
  it('stores the examples of creatable and derived collections for the account, settled; catalogues stay unstored', () => {
    lifecycle.seed(DOMAIN);
    const seeded = model.collections.filter((c) => c.creatable || rules.derived.has(c.itemKey ?? ''));
    for (const collection of seeded) {
      const records = store.records(collection.key);
      expect(records.map((r) => r.id), collection.key).toEqual(collection.seeds.map((s) => String(s.id)));
      for (const record of records) {
        expect(record.domainId).toBe(DOMAIN);
        expect(Boolean(record.seeded), collection.key).toBe(!collection.creatable);
        if ('domain_id' in record.item) expect(record.item.domain_id).toBe(DOMAIN);
        if (collection.stateField && typeof record.item[collection.stateField] === 'string') expect(record.item[collection.stateField], `${collection.key} ${record.id}`).not.toMatch(/ING$/);
      }
    }
    const catalogues = model.collections.filter((c) => !c.creatable && !rules.derived.has(c.itemKey ?? '') && c.examples.length > 0);
    expect(catalogues.length).toBeGreaterThan(0);
    for (const catalogue of catalogues) expect(store.records(catalogue.key), catalogue.key).toEqual([]);
  });

  it('nests each seeded item under the parents its fields name', () => {
    lifecycle.seed(DOMAIN);
    const policies = store.records(POLICIES.key);
    expect(policies.length).toBeGreaterThan(0);
    for (const policy of policies) expect(policy.parents).toEqual({ central_network_id: policy.item.central_network_id });
    expect(store.records(NETWORKS.key).every((r) => Object.keys(r.parents).length === 0)).toBe(true);
  });

  it('the seeds are copies: the model’s examples stay as they were', () => {
    const before = structuredClone(NETWORKS.seeds);
    lifecycle.seed(DOMAIN);
    store.records(NETWORKS.key)[0]!.item.name = 'changed';
    expect(NETWORKS.seeds).toEqual(before);
  });

  it.each<[string, string[] | undefined, string | undefined]>([
    ['AVAILABLE among the states', ['CREATING', 'AVAILABLE'], 'AVAILABLE'],
    ['ACTIVE', ['PENDING', 'ACTIVE'], 'ACTIVE'],
    ['NORMAL', ['FROZEN', 'NORMAL'], 'NORMAL'],
    ['none of them: the first state', ['PENDING', 'ERROR'], 'PENDING'],
    ['no states', undefined, undefined],
  ])('the stable state: %s', (_, states, want) => {
    expect(lifecycle.stableState({ ...NETWORKS, states } as Collection)).toBe(want);
  });
});
