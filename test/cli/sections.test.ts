import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliSections } from '../../generated/cli.gen.js';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { ccaas } from './sections/ccaas.js';
import { dcaasGcb } from './sections/dcaas-gcb.js';
import { gcn } from './sections/gcn.js';
import { KINDS, sectionKinds, Shell, type Scenario } from './sections/shell.js';
import { DEMO } from './support.js';

/*
 * The acceptance's "one scenario per section": every section of the API, run from the shell as a child process
 * against the emulator. A scenario creates, lists with --all --query, updates, tags, deletes and waits on an
 * asynchronous operation wherever its section has such operations; which kinds a section has is read from the spec
 * model, and the last table checks each scenario ran exactly those.
 */
const scenarios: Record<string, Scenario> = { ...ccaas, ...gcn, ...dcaasGcb };

let emulator: RunningEmulator;
let sh: Shell;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, asyncDelayMs: 300, docsDir: false, log: () => {} });
  sh = new Shell({ ...DEMO, CLOUD_CONNECT_ENDPOINT: emulator.url });
});

afterAll(async () => {
  await emulator.close();
});

describe('one scenario per section, from the shell', { timeout: 300_000 }, () => {
  it.each(cliSections.map((section) => section.name))('%s', async (name) => {
    const scenario = scenarios[name];
    expect(scenario, `no scenario for the section ${name}`).toBeDefined();
    await scenario!(sh);
  });
});

/** `create, list, wait; the spec has no update, tag or delete here` */
function plan(title: string): string {
  const has = sectionKinds(title);
  const missing = KINDS.filter((kind) => !has.includes(kind));
  const or = (words: string[]) => (words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words.at(-1)}` : words[0]);
  return `${has.join(', ')}${missing.length > 0 ? `; the spec has no ${or(missing)} operation here` : ''}`;
}

describe('each scenario ran every kind of step the spec gives its section', () => {
  it.each(cliSections.map((section) => [section.name, plan(section.title), section.title]))('%s: %s', (name, _plan, title) => {
    expect([...(sh.ran.get(name) ?? [])].sort()).toEqual([...sectionKinds(title)].sort());
  });
});
