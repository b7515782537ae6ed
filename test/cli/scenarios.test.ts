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

describe('whole bodies', { timeout: 240_000 }, () => {
  it('--generate-skeleton prints an empty body; --body-json - reads one from stdin, and flags override its fields', async () => {
    const skeleton = await cli(['cloud-connections', 'create', '--generate-skeleton'], env);
    expect(json(skeleton)).toEqual({ cloud_connection: { name: '', description: '', enterprise_project_id: '' } });
    const body = JSON.stringify({ cloud_connection: { name: 'from-stdin', description: 'kept' } });
    const created = await cli(['cloud-connections', 'create', '--body-json', '-', '--name', 'flag-wins', '--query', 'cloud_connection.[name, description]'], env, body);
    expect(json(created)).toEqual(['flag-wins', 'kept']);
  });
});

// The per-section scenarios (create, list --all --query, update, tag, delete, --wait) are in sections.test.ts.
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
