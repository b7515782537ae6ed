import { execFile } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliCommands } from '../../generated/cli.gen.js';
import { formatOutput } from '../../src/cli/output.js';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { spec } from './sections/shell.js';
import { bin, cli, DEMO } from './support.js';

const command = (operationId: string) => cliCommands.find((c) => c.operationId === operationId)!;
const lists = cliCommands.filter((c) => c.list);

describe('--output table: default columns per resource, from the spec', () => {
  it.each([
    ['ListCloudConnections', ['id', 'name', 'status', 'created_at']],
    ['ListNetworkInstances', ['id', 'name', 'status', 'type', 'region_id', 'cloud_connection_id']],
    ['ListBandwidthPackages', ['id', 'name', 'status', 'local_area_id', 'remote_area_id', 'bandwidth']],
    ['ListCentralNetworkAttachments', ['id', 'name', 'state', 'attachment_instance_type', 'bandwidth_size', 'central_network_id']],
    ['ListCentralNetworkPolicies', ['id', 'version', 'is_applied', 'state', 'central_network_id', 'created_at']],
    ['ListCloudConnectionQuotas', ['quota_type', 'region_id', 'quota_number', 'quota_used', 'cloud_connection_id']],
    ['ListSiteNetworkQuotas', ['quota_key', 'quota_limit', 'used', 'unit']],
    ['ListGlobalConnectionBandwidths', ['id', 'name', 'type', 'size', 'created_at']],
    ['ListGcbResourceTags', ['key', 'value']],
  ])('%s: %j', (operationId, want) => {
    expect(command(operationId).list!.columns).toEqual(want);
  });

  // Every list, formatted from its spec example: the header is the default columns the items have, one row each.
  it.each(lists.map((c) => [c.operationId, c]))('%s prints its example as a table', async (operationId, listCommand) => {
    const example = spec.operation(operationId).successExample as Record<string, unknown[]>;
    const items = example[listCommand.list!.itemsKey]!;
    expect(items.length).toBeGreaterThan(0);
    const lines = (await formatOutput(example, { format: 'table', command: listCommand, color: false })).split('\n');
    const shown = listCommand.list!.columns.filter((c) => items.some((item) => c in (item as object)));
    expect(shown.length).toBeGreaterThan(0);
    expect(lines[0]!.split(/ {2,}/)).toEqual(shown.map((c) => c.toUpperCase()));
    expect(lines).toHaveLength(items.length + 1);
  });
});

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, seed: 'examples', docsDir: false, log: () => {} });
});
afterAll(async () => {
  await emulator.close();
});

/** Runs the CLI on a pseudo-terminal (util-linux `script`), which merges stdout and stderr as a terminal shows them. */
function onTerminal(args: string[], env: Record<string, string>): Promise<string> {
  const line = [process.execPath, bin, ...args].map((word) => `'${word}'`).join(' ');
  return new Promise((resolve, reject) =>
    execFile('script', ['-qec', line, '/dev/null'], { env: { PATH: process.env.PATH, HOME: '/nonexistent', ...env }, timeout: 30_000 }, (error, stdout, stderr) =>
      error && error.code !== 2 && error.code !== 3 ? reject(new Error(stderr)) : resolve(stdout),
    ),
  );
}

const BOLD_HEADER = '\u001b[1mID';
const RED_ERROR = '\u001b[31merror\u001b[0m';

describe('colour only on a terminal, never with NO_COLOR', { timeout: 120_000 }, () => {
  const env = () => ({ ...DEMO, CLOUD_CONNECT_ENDPOINT: emulator.url });
  const table = ['specifications', 'list-regions', '--output', 'table'];
  const failing = ['cloud-connections', 'list', '--limit', '0'];

  it('a pipe gets no escape codes: table header and error label are plain', async () => {
    const listed = await cli(table, env());
    expect(listed.stdout.startsWith('ID  ')).toBe(true);
    const refused = await cli(failing, env());
    expect(refused.stderr.startsWith('error: ')).toBe(true);
    expect(listed.stdout + refused.stderr).not.toContain('\u001b[');
  });

  it('a terminal gets a bold table header and a red error label', async () => {
    expect(await onTerminal(table, env())).toContain(BOLD_HEADER);
    expect(await onTerminal(failing, env())).toContain(RED_ERROR);
  });

  it.each([
    ['NO_COLOR=1', { NO_COLOR: '1' }],
    ['TERM=dumb', { TERM: 'dumb' }],
  ])('a terminal with %s gets none', async (_case, extra) => {
    const output = (await onTerminal(table, { ...env(), ...extra })) + (await onTerminal(failing, { ...env(), ...extra }));
    expect(output).toContain('ID  ');
    expect(output).toContain('error: ');
    expect(output).not.toContain('\u001b[');
  });
});

describe('--wait progress', { timeout: 120_000 }, () => {
  it('on a terminal, a live line of seconds and polls on stderr, then the answer', async () => {
    // The emulator takes 1.5 s over a create (its default): long enough for the line to be drawn.
    const output = await onTerminal(['central-networks', 'create', '--name', 'gcn-tty', '--wait', '--wait-interval', '0.1', '--query', 'central_network.state'], { ...DEMO, CLOUD_CONNECT_ENDPOINT: emulator.url });
    expect(output).toMatch(/^waiting for ShowCentralNetwork \(AVAILABLE\) …\r\n(\r {2}\d+\.\d s, \d+ polls)+\rdone after \d+\.\d s \(\d+ polls\)\.\r\n"AVAILABLE"\r\n$/);
  });
});

