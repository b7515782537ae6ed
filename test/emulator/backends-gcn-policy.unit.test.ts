/**
 * The gcn policy documents (backends/gcn-policy.ts), called directly with a hand-built view of the account's state: each rule's
 * answer for given items and request fields (tables of given/want). Fast enough for every mutant of the backends
 * (`npm run test:mutation`, target emulator); the HTTP tests in scenarios/ drive the same rules end to end.
 */
import { describe, expect, it } from 'vitest';
import { gcn } from '../../src/emulator/backends/gcn.js';
import { changeSetOf, documentOf, erInstancesOf, erPairsOf, planeId, planesOf, routersOf } from '../../src/emulator/backends/gcn-policy.js';
import { derivedId } from '../../src/emulator/backends/types.js';
import type { Item } from '../../src/emulator/store.js';

describe('gcn policy documents', () => {
  const er = (id: string, region: string, project = `p-${id}`) => ({ enterprise_router_id: id, project_id: project, region_id: region });
  const table = (id: string, region: string, tableId = `t-${id}`) => ({ ...er(id, region), enterprise_router_table_id: tableId });
  const doc = (planes: Item[], instances?: Item[], defaultPlane = 'main'): Item => ({ default_plane: defaultPlane, planes, ...(instances ? { er_instances: instances } : {}) });
  const network: Item = { id: 'net', default_plane_id: 'plane-default' };

  it.each<[string, Item | undefined, string[]]>([
    ['no document', undefined, []],
    ['er_instances first, then the tables’ routers, each once', doc([{ name: 'main', associate_er_tables: [table('b', 'r2'), table('c', 'r3')] }], [er('a', 'r1'), er('b', 'r2')]), ['a:r1', 'b:r2', 'c:r3']],
    ['no er_instances: the tables’ routers', doc([{ name: 'main', associate_er_tables: [table('x', 'r1')] }, { name: 'other', associate_er_tables: [table('x', 'r1'), table('y', 'r2')] }]), ['x:r1', 'y:r2']],
    ['missing fields are ""', doc([], [{}]), [':']],
  ])('routersOf: %s', (_, document, want) => {
    expect(routersOf(document).map((r) => `${r.enterprise_router_id}:${r.region_id}`)).toEqual(want);
  });

  it('routersOf keeps the project of the first mention', () => {
    expect(routersOf(doc([{ name: 'main', associate_er_tables: [table('a', 'r1', 'q')] }], [er('a', 'r1', 'p')]))).toEqual([er('a', 'r1', 'p')]);
  });

  it.each<[string, Item, unknown, string]>([
    ['the default plane keeps the network’s id', network, 'main', 'plane-default'],
    ['another plane gets a derived id', network, 'side', derivedId('plane', 'net', 'side')],
    ['a network without a default plane id derives it', { id: 'net' }, 'main', derivedId('plane', 'net', 'main')],
  ])('planeId: %s', (_, net, name, want) => expect(planeId(net, doc([]), name)).toBe(want));

  it('planesOf: each plane with its id and name; none without a document', () => {
    const document = doc([{ name: 'main', associate_er_tables: [] }, { name: 'side' }]);
    expect(planesOf(network, document)).toEqual([
      { name: 'main', associate_er_tables: [], id: 'plane-default' },
      { name: 'side', id: derivedId('plane', 'net', 'side') },
    ]);
    expect(planesOf(network, undefined)).toEqual([]);
  });

  it('erInstancesOf: one per router, with a stable private ASN and the region as site code', () => {
    const instances = erInstancesOf(network, doc([], [er('a', 'r1')]));
    expect(instances).toEqual([{ id: derivedId('er-instance', 'net', 'a'), ...er('a', 'r1'), asn: 64512 + (parseInt(derivedId('asn', 'a').slice(0, 4), 16) % 1000), site_code: 'r1' }]);
    expect(instances[0]!.asn).toBeGreaterThanOrEqual(64512);
    expect(instances[0]!.asn).toBeLessThan(65512);
    expect(erInstancesOf(network, undefined)).toEqual([]);
  });

  it.each<[string, Item | undefined, string[]]>([
    ['no document', undefined, []],
    ['three routers, one plane: every pair', doc([{ name: 'main' }], [er('a', 'r1'), er('b', 'r2'), er('c', 'r3')]), ['plane-default:a-b', 'plane-default:a-c', 'plane-default:b-c']],
    [
      'a plane excluding a pair (either order)',
      doc([{ name: 'main', exclude_er_connections: [[er('c', 'r3'), er('a', 'r1')]] }], [er('a', 'r1'), er('b', 'r2'), er('c', 'r3')]),
      ['plane-default:a-b', 'plane-default:b-c'],
    ],
    [
      'exclusions that are not pairs are ignored',
      doc([{ name: 'main', exclude_er_connections: [[er('a', 'r1')], [er('a', 'r1'), er('b', 'r2'), er('c', 'r3')], 'x'] }], [er('a', 'r1'), er('b', 'r2')]),
      ['plane-default:a-b'],
    ],
    ['exclusions not in a list are ignored', doc([{ name: 'main', exclude_er_connections: 'a|b' }], [er('a', 'r1'), er('b', 'r2')]), ['plane-default:a-b']],
    ['two planes: the pairs of each', doc([{ name: 'main' }, { name: 'side' }], [er('a', 'r1'), er('b', 'r2')]), ['plane-default:a-b', `${derivedId('plane', 'net', 'side')}:a-b`]],
  ])('erPairsOf: %s', (_, document, want) => {
    expect(erPairsOf(network, document).map((p) => `${p.planeId}:${p.a.enterprise_router_id}-${p.b.enterprise_router_id}`)).toEqual(want);
  });

  const count = (changes: Item[]) => {
    const counts: Record<string, number> = {};
    for (const change of changes) counts[String(change.operation_id)] = (counts[String(change.operation_id)] ?? 0) + 1;
    return counts;
  };

  it.each<[string, Item | undefined, Item | undefined, Record<string, number>]>([
    ['nothing to nothing', undefined, undefined, {}],
    ['the same document', doc([{ name: 'main', associate_er_tables: [table('a', 'r1')] }]), doc([{ name: 'main', associate_er_tables: [table('a', 'r1')] }]), {}],
    [
      'from nothing: planes, routers, tables and connections created',
      undefined,
      doc([{ name: 'main', associate_er_tables: [table('a', 'r1'), table('b', 'r2')] }]),
      { CreateCentralNetworkPlane: 1, CreateCentralNetworkErInstance: 2, CreateCentralNetworkErTable: 2, CreateCentralNetworkErConnection: 1 },
    ],
    [
      'to nothing: all deleted',
      doc([{ name: 'main', associate_er_tables: [table('a', 'r1'), table('b', 'r2')] }]),
      undefined,
      { DeleteCentralNetworkPlane: 1, DeleteCentralNetworkErInstance: 2, DeleteCentralNetworkErTable: 2, DeleteCentralNetworkErConnection: 1 },
    ],
    [
      'a route table switched on a router: the plane changes too',
      doc([{ name: 'main', associate_er_tables: [table('a', 'r1', 't1')] }]),
      doc([{ name: 'main', associate_er_tables: [table('a', 'r1', 't2')] }]),
      { UpdateCentralNetworkPlane: 1, SwitchCentralNetworkErTable: 1 },
    ],
    [
      'a plane renamed, a router swapped',
      doc([{ name: 'main', associate_er_tables: [table('a', 'r1'), table('b', 'r2')] }]),
      doc([{ name: 'second', associate_er_tables: [table('a', 'r1'), table('c', 'r3')] }]),
      {
        CreateCentralNetworkPlane: 1,
        DeleteCentralNetworkPlane: 1,
        CreateCentralNetworkErInstance: 1,
        DeleteCentralNetworkErInstance: 1,
        CreateCentralNetworkErTable: 2,
        DeleteCentralNetworkErTable: 2,
        CreateCentralNetworkErConnection: 1,
        DeleteCentralNetworkErConnection: 1,
      },
    ],
  ])('changeSetOf: %s', (_, current, next, want) => {
    expect(count(changeSetOf(current, next, network))).toEqual(want);
  });

  it('changeSetOf lists each change as its own entry, in a fixed order', () => {
    expect(changeSetOf(undefined, doc([{ name: 'main', associate_er_tables: [table('a', 'r1')] }]), network)).toEqual([
      { operation_id: 'CreateCentralNetworkPlane' },
      { operation_id: 'CreateCentralNetworkErInstance' },
      { operation_id: 'CreateCentralNetworkErTable' },
    ]);
  });

  it.each<[string, Item | undefined, Item | undefined]>([
    ['a policy with a document', { document: { a: 1 } }, { a: 1 }],
    ['a document that is not an object', { document: [1] }, undefined],
    ['no policy', undefined, undefined],
  ])('documentOf: %s', (_, policy, want) => expect(documentOf(policy)).toEqual(want));
});
