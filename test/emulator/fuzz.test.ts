import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures } from './support/fixtures.js';
import { specOperations, startTestEmulator, type TestEmulator } from './support/harness.js';
import type { SpecOperation } from '../../src/spec/index.js';

let emulator: TestEmulator;
/** Real ids per path parameter, so some random requests reach the handlers behind the lookups. */
const known: Record<string, string[]> = {};

beforeAll(async () => {
  emulator = await startTestEmulator({ asyncDelayMs: 20, quotas: { cloud_connection: 1000, central_network: 1000, site_network: 1000 } });
  const make = fixtures(emulator.client());
  const cc = await make.cloudConnection();
  const bwp = await make.bandwidthPackage();
  const gcb = await make.globalConnectionBandwidth();
  const network = await make.centralNetwork();
  const policy = await make.policy(network.id);
  const gdgw = await make.gdgwAttachment(network.id);
  const site = await make.siteNetwork();
  Object.assign(known, {
    id: [cc.id, bwp.id, gcb.id],
    resource_id: [gcb.id, cc.id],
    resource_type: ['cloud-connection', 'bandwidth-package'],
    central_network_id: [network.id],
    policy_id: [policy.id],
    gdgw_attachment_id: [gdgw.id],
    attachment_id: [gdgw.id],
    site_network_id: [site.id],
    site_connection_id: site.connections.map((c) => c.id),
    tag_key: ['env'],
  });
});

afterAll(async () => {
  await emulator.close();
});

/** The spec's request example of an operation, if it has one. */
function example(op: SpecOperation): unknown {
  return op.body?.examples.find((e) => e.name === `${op.operationId}Request`)?.value;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Paths to every node of a JSON value. */
function nodes(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((v, i) => nodes(v, [...prefix, i]))];
  if (value !== null && typeof value === 'object') return [prefix, ...Object.entries(value).flatMap(([k, v]) => nodes(v, [...prefix, k]))];
  return [prefix];
}

/** The example with one node replaced, removed, or given an extra member. */
function mutate(base: unknown, pick: number, kind: 'replace' | 'delete' | 'add', value: Json): unknown {
  const copy = structuredClone(base);
  const paths = nodes(copy).filter((p) => p.length > 0);
  if (paths.length === 0) return value;
  const path = paths[pick % paths.length] as (string | number)[];
  const parent = path.slice(0, -1).reduce<any>((node, key) => node[key], copy);
  const key = path[path.length - 1] as string | number;
  if (kind === 'replace') parent[key] = value;
  else if (kind === 'delete') Array.isArray(parent) ? parent.splice(Number(key), 1) : delete parent[key];
  else if (parent[key] !== null && typeof parent[key] === 'object' && !Array.isArray(parent[key])) parent[key].unexpected = value;
  return copy;
}

const text = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constantFrom('', ' ', '<>', '%', '..', 'null', '-1', '1e9'));

describe('random requests against every operation', () => {
  it('only ever get a 2xx or 4xx JSON answer that matches the spec, and the emulator stays up', async () => {
    const operation = fc.constantFrom(...specOperations);
    const request = operation.chain((op) => {
      const params = op.segments.filter((s) => s.startsWith('{')).map((s) => s.slice(1, -1));
      const pathValues = fc.tuple(
        ...params.map((name) =>
          name === 'domain_id'
            ? fc.oneof({ weight: 9, arbitrary: fc.constant(emulator.domainId) }, { weight: 1, arbitrary: text })
            : fc.oneof(fc.constantFrom(...(known[name] ?? ['x'])), fc.uuid(), text),
        ),
      );
      const query = fc.dictionary(fc.oneof(fc.constantFrom('limit', 'marker', 'offset', 'id', 'name', 'status', 'state', 'sort_key', 'sort_dir'), fc.string({ maxLength: 8 })), fc.oneof(text, fc.integer().map(String)), { maxKeys: 3 });
      const base = example(op);
      const body = fc.oneof(
        fc.constant(undefined),
        fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
        text,
        ...(base === undefined ? [] : [fc.constant(JSON.stringify(base)), fc.tuple(fc.nat(), fc.constantFrom('replace', 'delete', 'add') as fc.Arbitrary<'replace' | 'delete' | 'add'>, fc.jsonValue({ maxDepth: 2 })).map(([pick, kind, value]) => JSON.stringify(mutate(base, pick, kind, value as Json)))]),
      );
      return fc.record({ op: fc.constant(op), params: fc.constant(params), pathValues, query, body, signed: fc.boolean() });
    });

    await fc.assert(
      fc.asyncProperty(request, async ({ op, params, pathValues, query, body, signed }) => {
        let path = op.path;
        params.forEach((name, i) => (path = path.replace(`{${name}}`, encodeURIComponent(pathValues[i] as string))));
        const search = new URLSearchParams(Object.entries(query)).toString().replace(/\+/g, '%20');
        // fetch cannot send a body with GET.
        const answer = await emulator.request(op.method, search ? `${path}?${search}` : path, { body: op.method === 'GET' ? undefined : body, auth: signed ? 'aksk' : 'token' });
        const ok = (answer.status >= 200 && answer.status < 300) || (answer.status >= 400 && answer.status < 500);
        expect(ok, `${op.operationId} answered ${answer.status}: ${JSON.stringify(answer.body)}`).toBe(true);
        if (answer.status >= 400) expect(typeof answer.body?.error_code).toBe('string');
      }),
      { numRuns: 600, seed: 20241128, endOnFailure: true },
    );

    const alive = await emulator.request('GET', emulator.path('/ccaas/cloud-connections'));
    expect(alive.status).toBe(200);
    expect(emulator.recorder.problems()).toEqual([]);
    // The runs were not all refused at the door: many reached a handler and succeeded.
    const succeeded = emulator.recorder.exchanges.filter((e) => e.status < 300).length;
    expect(succeeded).toBeGreaterThan(100);
  }, 30_000);
});
