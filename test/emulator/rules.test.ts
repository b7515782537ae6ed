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
