import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKENDS, loadRules } from '../../src/emulator/backends/index.js';
import type { Backend } from '../../src/emulator/backends/types.js';
import { startEmulator } from '../../src/emulator/index.js';
import { loadSpecModel, root } from '../support/spec.js';

/* The sections' rules name operations, collections, fields and states; each name is checked when the emulator starts. */

const spec = loadSpecModel();

describe('rule names are checked against the spec at start-up', () => {
  it('the shipped backends match the spec, and cover every 202 operation with a transition', () => {
    const rules = loadRules(spec);
    const asyncOps = spec.operations.filter((op) => op.successStatus === 202).map((op) => op.operationId).sort();
    expect([...rules.transitions.keys()].sort()).toEqual(asyncOps);
    expect([...rules.derived.keys()].sort()).toEqual(['central_network_connection', 'central_network_policy_change_set', 'cloud_connection_route']);
  });

  const misspelt: [string, Backend, string][] = [
    ['an operationId', { section: 'test', actions: { ApplyCentralNetworkPolicyy: () => 'done' } }, 'backend test, action "ApplyCentralNetworkPolicyy": the spec has no such operation'],
    ['an item key', { section: 'test', resources: { cloud_conection: { uniqueName: 'CC.1031' } } }, 'backend test, resource "cloud_conection": the spec has no collection with that item key'],
    ['a default field', { section: 'test', resources: { bandwidth_package: { defaults: { spec_cod: 'x' } } } }, 'default "spec_cod" is not a field of bandwidth_package'],
    [
      'a delete guard field',
      { section: 'test', resources: { cloud_connection: { blockDelete: [{ code: 'CC.1032', itemKey: 'network_instance', via: 'cloud_conection_id', message: '' }] } } },
      'delete guard field "cloud_conection_id" is not a field of network_instance',
    ],
    ['a derived collection', { section: 'test', derived: { central_network_conection: { derive: () => [] } } }, 'derived collection "central_network_conection": the spec has no collection'],
    ['a state', { section: 'test', transitions: { CreateCentralNetwork: { during: 'CREATNG', after: 'AVAILABLE', source: '' } } }, 'state "CREATNG" is not one of'],
    ['a union member', { section: 'test', unions: { '/v3/gcn/central-network/{central_network_id}/attachments': [{ member: '/v3/gcn/nowhere', set: {} }] } }, 'the spec has no collection at /v3/gcn/nowhere'],
  ];
  it.each(misspelt)('a misspelt %s stops the start-up, named', (_what, backend, message) => {
    expect(() => loadRules(spec, [...BACKENDS, backend])).toThrow(message);
  });

  const noop = { derive: () => [] };
  const wrong: [string, Backend, string][] = [
    ['a name two backends declare', { section: 'test', actions: { ApplyCentralNetworkPolicy: () => 'done' } }, '- backend test, action "ApplyCentralNetworkPolicy": "ApplyCentralNetworkPolicy" is declared by two backends'],
    ['a resource two backends declare', { section: 'test', resources: { cloud_connection: {} } }, '- backend test, resource "cloud_connection": "cloud_connection" is declared by two backends'],
    ['a listing two backends declare', { section: 'test', listings: { ListSiteNetworkQuotas: () => [] } }, '- backend test, listing "ListSiteNetworkQuotas": "ListSiteNetworkQuotas" is declared by two backends'],
    [
      'a derived collection two backends declare',
      { section: 'test', derived: { central_network_connection: noop } },
      '- backend test, derived collection "central_network_connection": "central_network_connection" is declared by two backends',
    ],
    [
      'a transition two backends declare',
      { section: 'test', transitions: { CreateCentralNetwork: { during: 'CREATING', after: 'AVAILABLE', source: '' } } },
      '- backend test, transition "CreateCentralNetwork": "CreateCentralNetwork" is declared by two backends',
    ],
    ['a union two backends declare', { section: 'test', unions: { '/v3/gcn/central-network/{central_network_id}/attachments': [] } }, '- backend test, union "/v3/gcn/central-network/{central_network_id}/attachments": "/v3/gcn/central-network/{central_network_id}/attachments" is declared by two backends'],
    ['a reference to an unknown item key', { section: 'test', resources: { authorisation: { references: { vpc_id: 'vpcc' } } } }, 'backend test, resource "authorisation": reference "vpc_id" names item key "vpcc", which the spec does not have'],
    ['a counter that is not a field', { section: 'test', resources: { cloud_connection: { counters: { route_number: { itemKey: 'network_instance', via: 'cloud_connection_id' } } } } }, 'backend test, resource "cloud_connection": counter "route_number" is not a field of cloud_connection'],
    [
      'a counter source field',
      { section: 'test', resources: { cloud_connection: { counters: { bandwidth_package_number: { itemKey: 'bandwidth_package', via: 'resource_idd' } } } } },
      'backend test, resource "cloud_connection": counter source field "resource_idd" is not a field of bandwidth_package',
    ],
    ['a guard on an unknown kind', { section: 'test', resources: { cloud_connection: { blockDelete: [{ code: 'CC.1032', itemKey: 'nothing', via: 'x_id', message: '' }] } } }, 'delete guard field "x_id" is not a field of an unknown collection'],
    ['a filter alias', { section: 'test', resources: { bandwidth_package: { filterAliases: { cloud_connection_id: 'resource_idd' } } } }, 'backend test, resource "bandwidth_package": filter field "resource_idd" is not a field of bandwidth_package'],
    ['a filter wildcard', { section: 'test', resources: { globalconnection_bandwidth: { filterWildcards: { binding_servic: 'ALL' } } } }, 'filter field "binding_servic" is not a field of globalconnection_bandwidth'],
    ['a listing', { section: 'test', listings: { ListCloudConnectionQuota: () => [] } }, 'backend test, listing "ListCloudConnectionQuota": the spec has no such operation'],
    ['a derived collection the API creates', { section: 'test', derived: { cloud_connection: noop } }, 'backend test, derived collection "cloud_connection": the API creates these itself, so they cannot be derived'],
    ['a transition of an unknown operation', { section: 'test', transitions: { CreateCentralNetworks: { during: 'CREATING', after: 'AVAILABLE', source: '' } } }, 'backend test, transition "CreateCentralNetworks": the spec has no such operation'],
    ['a transition of a synchronous operation', { section: 'test', transitions: { CreateCloudConnection: { during: 'CREATING', after: 'AVAILABLE', source: '' } } }, 'backend test, transition "CreateCloudConnection": the operation answers 201, not 202'],
    [
      'a settled state',
      { section: 'test', transitions: { CreateCentralNetwork: { during: 'CREATING', after: 'AVAILABLEE', source: '' } } },
      'backend test, transition "CreateCentralNetwork": state "AVAILABLEE" is not one of AVAILABLE, UPDATING, FAILED, CREATING, DELETING, DELETED, RESTORING',
    ],
    ['a union path', { section: 'test', unions: { '/v3/gcn/nowhere': [] } }, 'backend test, union "/v3/gcn/nowhere": the spec has no collection at /v3/gcn/nowhere'],
  ];
  it.each(wrong)('%s stops the start-up, named', (_what, backend, message) => {
    expect(() => loadRules(spec, [...BACKENDS, backend])).toThrow(message);
  });

  it('names every problem at once, and each 202 operation no backend covers', () => {
    const withoutGcn = BACKENDS.filter((backend) => backend.section !== 'gcn');
    const error = (() => {
      try {
        loadRules(spec, withoutGcn);
      } catch (e) {
        return (e as Error).message;
      }
      return '';
    })();
    const lines = error.split('\n');
    expect(lines[0]).toBe("The emulator's rules do not match the spec:");
    expect(lines.slice(1).sort()).toEqual(
      ['ApplyCentralNetworkPolicy', 'CreateCentralNetwork', 'CreateCentralNetworkErRouteTableAttachment', 'CreateCentralNetworkGdgwAttachment', 'DeleteCentralNetwork', 'DeleteCentralNetworkAttachment', 'UpdateCentralNetworkConnection'].map(
        (id) => `- operation ${id} answers 202 but no backend declares its transition`,
      ),
    );
  });

  it('merges every backend’s tables by name', () => {
    const rules = loadRules(spec);
    expect([...rules.resources.keys()].sort()).toEqual(BACKENDS.flatMap((b) => Object.keys(b.resources ?? {})).sort());
    expect([...rules.actions.keys()].sort()).toEqual(BACKENDS.flatMap((b) => Object.keys(b.actions ?? {})).sort());
    expect([...rules.listings.keys()].sort()).toEqual(['ListCentralNetworkQuotas', 'ListCloudConnectionQuotas', 'ListSiteNetworkQuotas']);
    expect([...rules.unions.keys()]).toEqual(['/v3/gcn/central-network/{central_network_id}/attachments']);
    expect(rules.resources.get('cloud_connection')).toBe(BACKENDS.find((b) => b.section === 'ccaas')!.resources!.cloud_connection);
  });

  it('startEmulator refuses a spec that lacks an operation a rule names', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'cc-rules-'));
    try {
      const doc = JSON.parse(await readFile(path.join(root, 'generated', 'openapi.json'), 'utf8'));
      delete doc.paths['/v3/{domain_id}/gcn/central-network/{central_network_id}/policies/{policy_id}/apply'];
      const specPath = path.join(dir, 'openapi.json');
      await writeFile(specPath, JSON.stringify(doc));
      await expect(startEmulator({ specPath, docsDir: false, log: () => {} })).rejects.toThrow('action "ApplyCentralNetworkPolicy": the spec has no such operation');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
