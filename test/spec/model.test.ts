import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createSpecModel, Router, SpecError, type OpenApiDocument, type SpecModel } from '../../src/spec/index.js';
import { loadSpecModel, root } from '../support/spec.js';

interface Facts {
  /** Resource key of the request body and of the success answer's single resource, list member. */
  request: string | null;
  item: string | null;
  list: string | null;
  pagination: string | null;
  state: string | null;
  /** The collection the operation acts on and its parents, as `param→collection path`. */
  collection: string | null;
  parents: string[];
}

function factsOf(spec: SpecModel, operationId: string): Facts {
  const op = spec.operation(operationId);
  const collection = spec.collectionAt(op.path) ?? spec.collectionAt(op.path.replace(/\/\{[^}]+\}$/, ''));
  return {
    request: op.body?.envelope.itemKey ?? null,
    item: op.envelope.itemKey ?? null,
    list: op.envelope.listKey ?? null,
    pagination: op.pagination && `${op.pagination.style} ${op.pagination.itemsKey}`,
    state: op.state && `${op.state.itemKey}.${op.state.field}`,
    collection: collection?.key ?? null,
    parents: collection?.parents.map((p) => `${p.param}→${p.collection.key}`) ?? [],
  };
}

const none = { request: null, item: null, list: null, pagination: null, state: null };
const CC = '/v3/{domain_id}/ccaas/cloud-connections';
const GCN = '/v3/{domain_id}/gcn/central-networks';
const underNetwork = [`central_network_id→${GCN}`];

describe('the spec model of the bundled spec', () => {
  const spec = loadSpecModel();
  const table: [operationId: string, want: Facts][] = [
    ['ListCloudConnections', { ...none, list: 'cloud_connections', pagination: 'marker cloud_connections', collection: CC, parents: [] }],
    ['ShowCloudConnection', { ...none, item: 'cloud_connection', state: 'cloud_connection.status', collection: CC, parents: [] }],
    ['UpdateCloudConnection', { ...none, request: 'cloud_connection', item: 'cloud_connection', state: 'cloud_connection.status', collection: CC, parents: [] }],
    ['DeleteCloudConnection', { ...none, collection: CC, parents: [] }],
    ['CreateCentralNetwork', { ...none, request: 'central_network', item: 'central_network', state: 'central_network.state', collection: GCN, parents: [] }],
    ['ListCentralNetworkPolicies', { ...none, list: 'central_network_policies', pagination: 'marker central_network_policies', collection: '/v3/{domain_id}/gcn/central-network/{central_network_id}/policies', parents: underNetwork }],
    ['ListCentralNetworkConnections', { ...none, list: 'central_network_connections', pagination: 'marker central_network_connections', collection: '/v3/{domain_id}/gcn/central-network/{central_network_id}/connections', parents: underNetwork }],
    // Accepts `marker` but answers without `page_info`: one page.
    ['ListCloudConnectionQuotas', { ...none, list: 'quotas', pagination: 'single quotas', collection: '/v3/{domain_id}/ccaas/quotas', parents: [] }],
    // A create on a path of its own files into the collection that shows the same item.
    ['CreateP2PSiteNetwork', { ...none, request: 'p2p_site_network', item: 'site_network', state: 'site_network.state', collection: '/v3/{domain_id}/dcaas/site-networks', parents: [] }],
    ['ShowInterRegionBandwidth', { ...none, item: 'inter_region_bandwidth', collection: '/v3/{domain_id}/ccaas/inter-region-bandwidths', parents: [] }],
    // An alias: the bandwidths that support a binding are global connection bandwidths.
    ['ListSupportBindingConnectionBandwidths', { ...none, list: 'globalconnection_bandwidths', pagination: 'marker globalconnection_bandwidths', collection: '/v3/{domain_id}/gcb/gcbandwidths', parents: [] }],
  ];
  it.each(table)('%s', (operationId, want) => expect(factsOf(spec, operationId)).toEqual(want));

  it('reads every operation once, and every collection with its lifecycle', () => {
    expect(spec.operations).toHaveLength(111);
    expect(new Set(spec.operations.map((op) => `${op.method} ${op.path}`)).size).toBe(111);
    expect(spec.byKey.get(GCN)).toMatchObject({ itemParam: 'central_network_id', itemKey: 'central_network', listKey: 'central_networks', creatable: true, stateField: 'state' });
    expect(spec.byKey.get(GCN)?.states).toContain('AVAILABLE');
  });

  it.each([
    ['quota_type', 'ListCloudConnectionQuotas', true, 'cloud_connection'],
    ['limit', 'ListCloudConnections', false, undefined],
  ])('resolves the query parameter %s of %s (required %s, first value %s)', (name, operationId, required, first) => {
    const param = spec.operation(operationId).queryParams.find((p) => p.name === name)!;
    expect(param.required).toBe(required);
    expect(param.resolved.$ref).toBeUndefined();
    expect((param.resolved.enum ?? param.resolved.items?.enum)?.[0]).toBe(first);
  });

  const routes: [method: string, pathname: string, want: string | undefined][] = [
    ['PUT', '/v3/0123/ccaas/cloud-connections/abc', 'UpdateCloudConnection'],
    ['GET', '/v3/0123/ccaas/cloud-connections/tags', 'ListCloudConnectionTags'],
    ['GET', '/v3/0123/ccaas/cloud-connections', 'ListCloudConnections'],
    ['GET', '/v3/0123/gcn/central-network/n%2F1/policies', 'ListCentralNetworkPolicies'],
    ['PATCH', '/v3/0123/ccaas/cloud-connections/abc', undefined],
    ['GET', '/v3/0123/ccaas/no-such-thing', undefined],
  ];
  it.each(routes)('routes %s %s to %s', (method, pathname, want) => expect(spec.router.find(method, pathname)?.operationId).toBe(want));
});

describe('the spec model of the tiny fixture', () => {
  const doc = parse(readFileSync(path.join(root, 'test', 'fixtures', 'tiny', 'openapi.yaml'), 'utf8')) as OpenApiDocument;
  const spec = createSpecModel(doc);
  const widgets = '/v3/{domain_id}/widgets';

  it.each([
    ['UpdateWidget', { ...none, request: 'widget', item: 'widget', collection: widgets, parents: [] }],
    ['DeleteWidget', { ...none, collection: widgets, parents: [] }],
  ] as [string, Facts][])('%s', (operationId, want) => expect(factsOf(spec, operationId)).toEqual(want));

  it('keeps path-level parameters before operation-level ones, path parameters required', () => {
    expect(spec.operation('UpdateWidget').parameters.map((p) => [p.in, p.name, p.required])).toEqual([
      ['path', 'domain_id', true],
      ['path', 'widget_id', true],
      ['query', 'dry-run', false],
      ['query', 'colour', false],
    ]);
    expect(spec.byKey.get(widgets)?.itemParam).toBe('widget_id');
  });

  it('refuses an operation with two success statuses, naming it', () => {
    const broken = structuredClone(doc);
    broken.paths['/v3/{domain_id}/widgets/{widget_id}']!.delete!.responses['200'] = { description: 'Also fine.' };
    expect(() => createSpecModel(broken)).toThrow(new SpecError('DeleteWidget: more than one success status (200, 204).'));
  });
});

describe('the router', () => {
  it('imports nothing, so the browser client can use it alone', () => {
    expect(readFileSync(path.join(root, 'src', 'spec', 'router.ts'), 'utf8').match(/^import .*$/gm)).toBeNull();
  });

  const router = new Router([
    { method: 'GET', path: '/v3/{domain_id}/things/{id}', name: 'show' },
    { method: 'GET', path: '/v3/{domain_id}/things/tags', name: 'tags' },
    { method: 'DELETE', path: '/v3/{domain_id}/things/{id}', name: 'delete' },
  ]);
  it.each([
    ['GET', ['v3', 'd', 'things', 'tags'], { kind: 'found', name: 'tags', params: { domain_id: 'd' } }],
    ['GET', ['v3', 'd', 'things', 'x'], { kind: 'found', name: 'show', params: { domain_id: 'd', id: 'x' } }],
    ['POST', ['v3', 'd', 'things', 'x'], { kind: 'method-not-allowed', allow: ['DELETE', 'GET'] }],
    ['GET', ['v3', 'd', 'things', ''], { kind: 'not-found' }],
  ] as const)('%s /%s', (method, segments, want) => {
    const result = router.match(method, segments);
    expect(result.kind === 'found' ? { kind: result.kind, name: result.operation.name, params: result.params } : result).toEqual(want);
  });
});
