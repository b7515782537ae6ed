import type { Item } from '../store.js';
import { derivedId, isItem, itemsIn } from './types.js';

/*
 * What a central network policy document makes of a network: its planes, its enterprise routers (ER instances),
 * the ER-ER connections between them, and the change set that applying one document after another causes.
 * Huawei's pages: Managing Policies (https://support.huaweicloud.com/intl/en-us/usermanual-cc/cc_03_1030.html):
 * one enterprise router per region, and "all added enterprise routers can communicate with each other by default";
 * CreateCentralNetworkPolicy (https://support.huaweicloud.com/intl/en-us/api-cc/CreateCentralNetworkPolicy.html):
 * a plane's `exclude_er_connections` lists the ER pairs it does not connect.
 */

export interface Router {
  enterprise_router_id: string;
  project_id: string;
  region_id: string;
}

const routerOf = (value: Item): Router => ({
  enterprise_router_id: String(value.enterprise_router_id ?? ''),
  project_id: String(value.project_id ?? ''),
  region_id: String(value.region_id ?? ''),
});

/** The enterprise routers of a document: its `er_instances`, else every router a plane's tables name. */
export function routersOf(document: Item | undefined): Router[] {
  if (!document) return [];
  const listed = itemsIn(document.er_instances).map(routerOf);
  const fromTables = itemsIn(document.planes).flatMap((plane) => itemsIn(plane.associate_er_tables).map(routerOf));
  const unique = new Map<string, Router>();
  for (const router of [...listed, ...fromTables]) if (!unique.has(router.enterprise_router_id)) unique.set(router.enterprise_router_id, router);
  return [...unique.values()];
}

/** A plane's id: the network's default plane keeps the id the network was created with. */
export function planeId(network: Item, document: Item, name: unknown): string {
  return document.default_plane === name && typeof network.default_plane_id === 'string' ? network.default_plane_id : derivedId('plane', network.id, name);
}

export function planesOf(network: Item, document: Item | undefined): Item[] {
  if (!document) return [];
  return itemsIn(document.planes).map((plane) => ({ ...structuredClone(plane), id: planeId(network, document, plane.name), name: plane.name }));
}

/** ASNs are private 4-byte numbers the service assigns per router; stable per router id. */
const asnOf = (routerId: string) => 64512 + (parseInt(derivedId('asn', routerId).slice(0, 4), 16) % 1000);

export function erInstancesOf(network: Item, document: Item | undefined): Item[] {
  return routersOf(document).map((router) => ({
    id: derivedId('er-instance', network.id, router.enterprise_router_id),
    ...router,
    asn: asnOf(router.enterprise_router_id),
    site_code: router.region_id,
  }));
}

const pairKey = (a: string, b: string) => [a, b].sort().join('|');

/** The ER pairs each plane connects: every pair of the document's routers but those the plane excludes. */
export function erPairsOf(network: Item, document: Item | undefined): { planeId: string; a: Router; b: Router }[] {
  if (!document) return [];
  const routers = routersOf(document);
  return itemsIn(document.planes).flatMap((plane) => {
    const excluded = new Set(
      // Stryker disable next-line ArrayDeclaration: a string in the fallback list holds no router ends, so the `ends.length === 2` filter drops it
      (Array.isArray(plane.exclude_er_connections) ? (plane.exclude_er_connections as unknown[]) : [])
        .map((pair) => itemsIn(pair).map((end) => String(end.enterprise_router_id)))
        .filter((ends) => ends.length === 2)
        .map(([a, b]) => pairKey(a as string, b as string)),
    );
    const pairs: { planeId: string; a: Router; b: Router }[] = [];
    routers.forEach((a, i) => {
      for (const b of routers.slice(i + 1)) {
        if (!excluded.has(pairKey(a.enterprise_router_id, b.enterprise_router_id))) pairs.push({ planeId: planeId(network, document, plane.name), a, b });
      }
    });
    return pairs;
  });
}

/** The change set of applying `next` where `current` is in force (none: an empty network). */
export function changeSetOf(current: Item | undefined, next: Item | undefined, network: Item): Item[] {
  const changes: Item[] = [];
  // Array.from rather than a counting loop: a mutated loop bound would spin until Stryker's timeout.
  const add = (operation_id: string, count: number) => changes.push(...Array.from({ length: count }, () => ({ operation_id })));
  const planes = (doc: Item | undefined) => new Map(itemsIn(doc?.planes).map((plane) => [String(plane.name), JSON.stringify(plane)]));
  const [before, after] = [planes(current), planes(next)];
  add('CreateCentralNetworkPlane', [...after.keys()].filter((name) => !before.has(name)).length);
  add('DeleteCentralNetworkPlane', [...before.keys()].filter((name) => !after.has(name)).length);
  add('UpdateCentralNetworkPlane', [...after].filter(([name, text]) => before.has(name) && before.get(name) !== text).length);
  const routers = (doc: Item | undefined) => new Set(routersOf(doc).map((r) => r.enterprise_router_id));
  const [routersBefore, routersAfter] = [routers(current), routers(next)];
  add('CreateCentralNetworkErInstance', [...routersAfter].filter((id) => !routersBefore.has(id)).length);
  add('DeleteCentralNetworkErInstance', [...routersBefore].filter((id) => !routersAfter.has(id)).length);
  const tables = (doc: Item | undefined) =>
    new Map(itemsIn(doc?.planes).flatMap((plane) => itemsIn(plane.associate_er_tables).map((t) => [`${String(plane.name)}|${String(t.enterprise_router_id)}`, String(t.enterprise_router_table_id)])));
  const [tablesBefore, tablesAfter] = [tables(current), tables(next)];
  add('CreateCentralNetworkErTable', [...tablesAfter.keys()].filter((key) => !tablesBefore.has(key)).length);
  add('DeleteCentralNetworkErTable', [...tablesBefore.keys()].filter((key) => !tablesAfter.has(key)).length);
  add('SwitchCentralNetworkErTable', [...tablesAfter].filter(([key, table]) => tablesBefore.has(key) && tablesBefore.get(key) !== table).length);
  const pairs = (doc: Item | undefined) => new Set(erPairsOf(network, doc).map((p) => `${p.planeId}|${pairKey(p.a.enterprise_router_id, p.b.enterprise_router_id)}`));
  const [pairsBefore, pairsAfter] = [pairs(current), pairs(next)];
  add('CreateCentralNetworkErConnection', [...pairsAfter].filter((key) => !pairsBefore.has(key)).length);
  add('DeleteCentralNetworkErConnection', [...pairsBefore].filter((key) => !pairsAfter.has(key)).length);
  return changes;
}

export const documentOf = (policy: Item | undefined): Item | undefined => (policy && isItem(policy.document) ? policy.document : undefined);
