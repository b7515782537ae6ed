/**
 * Lifecycle.seed over a small model of its own (a stub state: collections, the embedded map, no rules): which
 * states are settled, where `domain_id` is set, how items kept in a parent's array are settled, and which parent a
 * child is nested under. The spec's own examples never reach most of these cases (lifecycle.unit.test.ts seeds them).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { Lifecycle } from '../../src/emulator/lifecycle.js';
import type { Collection } from '../../src/emulator/model.js';
import type { State } from '../../src/emulator/state.js';
import { Store, type Item, type StoredRecord } from '../../src/emulator/store.js';

const DELAY = 100;
const DOMAIN = 'domain-1';

let store: Store;

beforeEach(async () => {
  store = await Store.open();
});

describe('seed over a small model of its own', () => {
  const collection = (over: Partial<Collection> & { key: string }): Collection => ({ parents: [], creatable: true, examples: [], seeds: [], ...over });
  const THINGS = collection({ key: '/t', itemKey: 'thing', stateField: 'state', states: ['CREATING', 'AVAILABLE', 'ERROR'] });
  const PARTS = collection({ key: '/t/{thing_id}/parts', creatable: false, stateField: 'state', states: ['UPDATING', 'ACTIVE'] });
  const OTHERS = collection({ key: '/o', itemKey: 'other', stateField: 'state', states: ['NORMAL'] });
  const CHILDREN = collection({ key: '/t/{owner}/children', itemKey: 'child', parents: [{ param: 'owner', collection: THINGS }] });
  const PLAIN = collection({ key: '/p', itemKey: 'plain' });

  /** Seeds `DOMAIN` from these collections, `PARTS` kept in the `parts` array of a thing; returns what was stored. */
  function seeded(...seeds: [Collection, Item[]][]): Record<string, StoredRecord[]> {
    const collections = seeds.map(([c, items]) => ({ ...c, seeds: items }));
    const home = (c: Collection) => collections.find((x) => x.key === c.key) ?? c;
    const stub = {
      store,
      model: { collections, byKey: new Map(collections.map((c) => [c.key, c])) },
      rules: { derived: new Map(), transitions: new Map() },
      embedded: new Map([[PARTS, { parent: home(THINGS), param: 'thing_id', field: 'parts' }]]),
    } as unknown as State;
    new Lifecycle(stub, DELAY).seed(DOMAIN);
    return Object.fromEntries(collections.map((c) => [c.key, [...store.records(c.key)]]));
  }

  it('only states ending in ING are settled; other states and values that are not strings stay', () => {
    const items = seeded([
      THINGS,
      [
        { id: 't1', state: 'CREATING' },
        { id: 't2', state: 'ERROR' },
        { id: 't3', state: 'PENDING_APPROVAL' },
        { id: 't4', state: ['CREATING'] },
        { id: 't5' },
      ],
    ])['/t']!.map((r) => r.item);
    expect(items).toEqual([{ id: 't1', state: 'AVAILABLE' }, { id: 't2', state: 'ERROR' }, { id: 't3', state: 'PENDING_APPROVAL' }, { id: 't4', state: ['CREATING'] }, { id: 't5' }]);
  });

  it('a collection without a state field keeps its items as they are, even a member named `undefined`', () => {
    expect(seeded([PLAIN, [{ id: 'p1', state: 'CREATING', undefined: 'DELETING' }]])['/p']!.map((r) => r.item)).toEqual([{ id: 'p1', state: 'CREATING', undefined: 'DELETING' }]);
  });

  it('items kept in a parent’s array are settled with their own states, only under that parent', () => {
    const stored = seeded(
      [THINGS, [{ id: 't1', state: 'AVAILABLE', parts: [{ id: 'a', state: 'UPDATING' }, { id: 'b', state: 'ACTIVE' }] }]],
      [OTHERS, [{ id: 'o1', state: 'NORMAL', parts: [{ id: 'c', state: 'UPDATING' }] }]],
    );
    expect(stored['/t']![0]!.item.parts).toEqual([{ id: 'a', state: 'ACTIVE' }, { id: 'b', state: 'ACTIVE' }]);
    expect(stored['/o']![0]!.item.parts).toEqual([{ id: 'c', state: 'UPDATING' }]);
  });

  it('domain_id is set to the account only where the example has one', () => {
    const items = seeded([PLAIN, [{ id: 'p1', domain_id: 'someone-else' }, { id: 'p2' }]])['/p']!.map((r) => r.item);
    expect(items).toEqual([{ id: 'p1', domain_id: DOMAIN }, { id: 'p2' }]);
  });

  it('a child is nested under the parent its path parameter, else its <item key>_id, names; an id that is not a string is not one', () => {
    const stored = seeded([CHILDREN, [{ id: 'c1', owner: 't1', thing_id: 'not-this' }, { id: 'c2', thing_id: 't2' }, { id: 'c3', owner: 7 }, { id: 'c4' }]]);
    expect(stored['/t/{owner}/children']!.map((r) => [r.id, r.parents])).toEqual([
      ['c1', { owner: 't1' }],
      ['c2', { owner: 't2' }],
      ['c3', {}],
      ['c4', {}],
    ]);
  });
});
