import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { cliCommands, cliSections } from '../../generated/cli.gen.js';
import { buildViewModel } from '../../generator/steps/model.js';
import { cli, DEMO, json, root, tempHome } from './support.js';

let emulator: RunningEmulator;
let env: Record<string, string>;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, asyncDelayMs: 300, docsDir: false, log: () => {} });
  env = { ...DEMO, CLOUD_CONNECT_ENDPOINT: emulator.url };
});

afterAll(async () => {
  await emulator.close();
});

describe('Cloud Connections from the shell', { timeout: 240_000 }, () => {
  it('create, list --all --query, update, tag, untag, delete', async () => {
    const ids: string[] = [];
    for (const name of ['cli-a', 'cli-b', 'cli-c']) {
      const created = await cli(['cloud-connections', 'create', '--name', name, '--query', 'cloud_connection.id'], env);
      expect(created).toMatchObject({ code: 0, stderr: '' });
      ids.push(JSON.parse(created.stdout));
    }
    const listed = await cli(['cloud-connections', 'list', '--all', '--limit', '1', '--query', 'cloud_connections[].name'], env);
    expect(json<string[]>(listed)).toEqual(['cli-a', 'cli-b', 'cli-c']);

    const updated = await cli(['UpdateCloudConnection', '--id', ids[0]!, '--name', 'renamed', '--description', 'from the CLI', '-o', 'yaml'], env);
    expect(updated.code).toBe(0);
    expect(updated.stdout).toMatch(/^ {2}name: renamed$/m);
    expect(updated.stdout).toMatch(/^ {2}description: from the CLI$/m);

    const tagged = await cli(['cloud-connections', 'tag', '--id', ids[0]!, '--tags', 'key=env,value=prod'], env);
    expect(tagged).toMatchObject({ code: 0, stdout: '' });
    const shown = await cli(['cloud-connections', 'show', '--id', ids[0]!, '--query', 'cloud_connection.tags'], env);
    expect(json(shown)).toEqual([{ key: 'env', value: 'prod' }]);
    expect((await cli(['cloud-connections', 'untag', '--id', ids[0]!, '--tags', 'key=env,value=prod'], env)).code).toBe(0);

    const table = await cli(['cloud-connections', 'list', '--output', 'table'], env);
    expect(table.stdout.split('\n')[0]).toBe('ID                                    NAME     STATUS  CREATED_AT');
    expect(table.stdout).toContain('renamed');

    for (const id of ids) expect((await cli(['cloud-connections', 'delete', '--id', id, '--wait', '--wait-interval', '0.05'], env)).code).toBe(0);
    expect(json(await cli(['cloud-connections', 'list', '--all', '--query', 'length(cloud_connections)'], env))).toBe(0);
  });
});

describe('whole bodies', { timeout: 240_000 }, () => {
  it('--generate-skeleton prints an empty body; --body-json - reads one from stdin, and flags override its fields', async () => {
    const skeleton = await cli(['cloud-connections', 'create', '--generate-skeleton'], env);
    expect(json(skeleton)).toEqual({ cloud_connection: { name: '', description: '', enterprise_project_id: '' } });
    const body = JSON.stringify({ cloud_connection: { name: 'from-stdin', description: 'kept' } });
    const created = await cli(['cloud-connections', 'create', '--body-json', '-', '--name', 'flag-wins', '--query', 'cloud_connection.[name, description]'], env, body);
    expect(json(created)).toEqual(['flag-wins', 'kept']);
  });
});

describe('Central Networks from the shell', { timeout: 240_000 }, () => {
  it('create --wait waits for AVAILABLE with progress on stderr; update, tag, delete --wait', async () => {
    const created = await cli(['central-networks', 'create', '--name', 'gcn-cli', '--wait', '--wait-interval', '0.1'], env);
    expect(created.code).toBe(0);
    const network = json(created).central_network;
    expect(network.state).toBe('AVAILABLE');
    expect(created.stderr).toMatch(/^waiting for ShowCentralNetwork \(AVAILABLE\) …\ndone after \d+\.\d s \(\d+ polls\)\.\n$/);

    const listed = await cli(['central-networks', 'list', '--all', '--query', "central_networks[?name=='gcn-cli'].state"], env);
    expect(json(listed)).toEqual(['AVAILABLE']);

    const updated = await cli(['central-networks', 'update', '--central-network-id', network.id, '--description', 'edited'], env);
    expect(json(updated).central_network.description).toBe('edited');

    expect((await cli(['central-networks', 'tag', '--central-network-id', network.id, '--tags', 'key=team,value=net', '--tags', '{"key":"tier","value":"1"}'], env)).code).toBe(0);
    const tags = await cli(['central-networks', 'show', '--central-network-id', network.id, '--query', 'central_network.tags[].key'], env);
    expect(json(tags)).toEqual(['team', 'tier']);

    const deleted = await cli(['central-networks', 'delete', '--central-network-id', network.id, '--wait', '--wait-interval', '0.1'], env);
    expect(deleted.code).toBe(0);
    expect(deleted.stderr).toMatch(/done after \d+\.\d s: the resource is gone\.\n$/);
    expect((await cli(['central-networks', 'show', '--central-network-id', network.id], env)).code).toBe(3);
  });
});

describe('every section answers from the shell', { timeout: 300_000 }, () => {
  // One call per section, with the arguments of the docs' sample, against an emulator seeded from the spec's
  // examples: a list where the section has one, else its first operation.
  const model = buildViewModel(JSON.parse(readFileSync(path.join(root, 'generated/openapi.json'), 'utf8')));
  const calls = cliSections.map((section) => {
    const commands = cliCommands.filter((c) => c.section === section.name);
    const command = commands.find((c) => c.list) ?? commands[0]!;
    const { body, ...params } = model.operations.find((op) => op.operationId === command.operationId)!.sample.argsValue;
    const flags = Object.entries(params).flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).flatMap((v) => [`--${name.replace(/_/g, '-')}`, String(v)]));
    return [section.name, command.name, flags, body] as const;
  });

  it.each(calls)('%s %s', async (section, name, flags, body) => {
    const seeded = await startEmulator({ port: 0, seed: 'examples', docsDir: false, log: () => {} });
    try {
      const home = tempHome();
      const bodyFlags = body === undefined ? [] : ['--body-json', path.join(home, 'body.json')];
      if (body !== undefined) writeFileSync(bodyFlags[1]!, JSON.stringify(body));
      const result = await cli([section, name, ...flags, ...bodyFlags, '--output', 'table'], { ...DEMO, CLOUD_CONNECT_ENDPOINT: seeded.url, XDG_CONFIG_HOME: home });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
    } finally {
      await seeded.close();
    }
  });
});
