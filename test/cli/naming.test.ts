import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliCommands, cliSections } from '../../generated/cli.gen.js';
import { operationCommand, sectionCommand, words } from '../../generator/model/cli.js';
import { useColor } from '../../src/cli/output.js';
import { compiled, precompiled } from '../../src/cli/validate.js';
import { root } from './support.js';

describe('the naming rule', () => {
  it.each([
    ['UpdateCloudConnection', 'Cloud Connections', 'update'],
    ['ListCloudConnections', 'Cloud Connections', 'list'],
    ['ListCloudConnectionTags', 'Cloud Connections', 'list-tags'],
    ['ListCloudConnectionsByTags', 'Cloud Connections', 'list-by-tags'],
    ['ListCentralNetworkPolicyChangeSet', 'Central Network Policies', 'list-change-set'],
    ['CreateCentralNetworkGdgwAttachment', 'Central Network Attachments', 'create-gdgw-attachment'],
    ['DeleteCentralNetworkAttachment', 'Central Network Attachments', 'delete'],
    ['ListAuthorisations', 'Authorizations', 'list'],
    ['ListPermissions', 'Authorizations', 'list-permissions'],
    ['CreateP2PSiteNetwork', 'Site Network Management', 'create-p2p-site-network'],
    ['UpdateSiteNetworkBandwidthSize', 'Site-to-site Connection Management', 'update-site-network-bandwidth-size'],
    ['AssociateGlobalConnectionBandwidthInstance', 'Global Connection Bandwidths', 'associate-instance'],
  ])('%s in %s → %s', (operationId, section, want) => {
    expect(operationCommand(operationId, section)).toBe(want);
  });

  it.each([
    ['Cloud Connections', 'cloud-connections'],
    ['Historical APIs: Tag Management', 'historical-apis-tag'],
    ['Site-to-site Connection Management', 'site-to-site-connection'],
  ])('section %s → %s', (section, want) => {
    expect(sectionCommand(section)).toBe(want);
  });

  it('keeps acronyms with digits whole', () => {
    expect(words('CreateP2PSiteNetwork')).toEqual(['create', 'p2p', 'site', 'network']);
  });
});

describe('the generated command table', () => {
  it('has one command per operation, each name unique, in a known section', () => {
    expect(cliCommands).toHaveLength(111);
    const names = cliCommands.map((c) => `${c.section} ${c.name}`);
    expect(new Set(names).size).toBe(111);
    const sections = new Set(cliSections.map((s) => s.name));
    expect(cliCommands.filter((c) => !sections.has(c.section))).toEqual([]);
  });

  it('takes flags, help, limits, enums and aliases from the spec', () => {
    const update = cliCommands.find((c) => c.operationId === 'UpdateCloudConnection')!;
    expect(update.flags.map((f) => [f.flag, f.alias ?? null, f.in, f.required ?? false])).toEqual([
      ['id', null, 'path', true],
      ['cloud-connection.name', 'name', 'body', false],
      ['cloud-connection.description', 'description', 'body', false],
    ]);
    expect(update.flags[2]!.help).toContain('0–255 characters; matches ^[^<>]*$');
    const list = cliCommands.find((c) => c.operationId === 'ListCloudConnections')!;
    expect(list.flags.find((f) => f.flag === 'status')).toMatchObject({ in: 'query', array: true, enum: ['ACTIVE'] });
    expect(list.list).toEqual({ style: 'marker', itemsKey: 'cloud_connections', columns: ['id', 'name', 'status', 'created_at'] });
  });

  it.each([
    ['CreateCentralNetwork', { show: 'ShowCentralNetwork', kind: 'ready', until: ['AVAILABLE'], args: { central_network_id: 'result:central_network.id' } }],
    ['DeleteSiteNetwork', { show: 'ShowSiteNetwork', kind: 'gone', args: { site_network_id: 'arg:site_network_id' } }],
    ['CreateP2PSiteNetwork', { show: 'ShowSiteNetwork', kind: 'ready', until: ['AVAILABLE'], args: { site_network_id: 'result:site_network.id' } }],
    ['UpdateCentralNetwork', { show: 'ShowCentralNetwork', kind: 'ready', until: ['AVAILABLE'], args: { central_network_id: 'arg:central_network_id' } }],
    // 202 operations on an item with no Show… of its own poll the answer that holds it: its list, or its parent.
    ['ApplyCentralNetworkPolicy', { show: 'ListCentralNetworkPolicies', kind: 'ready', until: ['AVAILABLE'], args: { central_network_id: 'arg:central_network_id', id: 'arg:policy_id' }, item: { at: 'central_network_policies', id: 'arg:policy_id', field: 'state' } }],
    ['DeleteCentralNetworkAttachment', { show: 'ListCentralNetworkAttachments', kind: 'gone', args: { central_network_id: 'arg:central_network_id', id: 'arg:attachment_id' }, item: { at: 'central_network_attachments', id: 'arg:attachment_id', field: 'state' } }],
    ['UpdateSiteNetworkBandwidthSize', { show: 'ShowSiteNetwork', kind: 'ready', until: ['AVAILABLE'], args: { site_network_id: 'arg:site_network_id' }, item: { at: 'site_network.connections', id: 'arg:site_connection_id', field: 'state' } }],
    ['ListCloudConnections', undefined],
  ])('%s waits with %j', (operationId, want) => {
    expect(cliCommands.find((c) => c.operationId === operationId)!.wait).toEqual(want);
  });
});

it('gives every operation that answers 202 something to wait for', () => {
  const doc = JSON.parse(readFileSync(path.join(root, 'generated/openapi.json'), 'utf8')) as { paths: Record<string, Record<string, { operationId: string; responses: object }>> };
  const accepted = Object.values(doc.paths).flatMap((item) => Object.values(item).filter((op) => typeof op === 'object' && '202' in (op.responses ?? {})).map((op) => op.operationId));
  expect(accepted.length).toBeGreaterThan(10);
  expect(accepted.filter((id) => !cliCommands.find((c) => c.operationId === id)!.wait)).toEqual([]);
});

describe('colour', () => {
  it.each([
    [true, {}, true],
    [true, { NO_COLOR: '1' }, false],
    [true, { TERM: 'dumb' }, false],
    [false, {}, false],
    [true, { NO_COLOR: '' }, true],
  ])('on a terminal: %s, env %j → %s', (isTTY, env, want) => {
    expect(useColor({ isTTY }, env)).toBe(want);
  });
});

describe('validators', () => {
  const command = (id: string) => cliCommands.find((c) => c.operationId === id)!;
  it.each([
    ['ListCloudConnections', 'params', { limit: 5000, status: ['X'] }],
    ['UpdateCloudConnection', 'body', { cloud_connection: { name: 'x'.repeat(70), description: 'a<b', colour: 1 } }],
    ['CreateCentralNetwork', 'body', { central_network: { policy_document: { planes: [{ name: 1 }] } } }],
  ] as const)('precompiled at build time and compiled at run time agree: %s %s', async (id, part, data) => {
    const built = (await precompiled(id))![part]!;
    const fresh = (await compiled(command(id)))[part]!;
    expect(built(data)).toBe(false);
    expect(fresh(data)).toBe(false);
    const summary = (errors: typeof built.errors) => (errors ?? []).map((e) => `${e.instancePath} ${e.keyword} ${e.message}`);
    expect(summary(built.errors)).toEqual(summary(fresh.errors));
  });
});
