import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { EMULATOR_UNAVAILABLE } from '../../bench/emulator.js';
import { root } from '../support/spec.js';

const run = promisify(execFile);
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

// Every row of the main table, by group and the start of its label. Figures are never asserted: they depend on the machine.
const EXPECTED: [group: string, label: string][] = [
  ['Footprint', 'Bundle of a consumer sending UpdateCloudConnection'],
  ['Footprint', 'Same consumer on openapi-fetch alone'],
  ['Footprint', 'Installed client'],
  ['Cold import', 'Import in a fresh node process'],
  ['Cold import', 'Same, built client vs an ESM file exporting one constant'],
  ['Cold import', "The client's own share: its import timed after the loader has started"],
  ['Cold import', 'Same, peer also loading what it needs to send'],
  ['Cold import', 'Wall time of `node -e`'],
  ['CLI', '`cloud-connect --help` wall time in a fresh process'],
  ['CLI', 'Signed `cloud-connect cloud-connections list'],
  ['Throughput', 'Signed UpdateCloudConnection, 32 in flight'],
  ['Throughput', 'Signed UpdateCloudConnection, 1 in flight'],
  ['Throughput', 'Share of the machine floor, 32 in flight'],
  ['Throughput', 'Generic cc.PUT'],
  ['Throughput', 'Fetch sender (the browser path'],
  ['Throughput', 'Fetch sender, 32 in flight: vs unsigned openapi-fetch'],
  ['Library', 'Library-only cost per call'],
  ['Library', 'Memory retained after'],
  ['Signer', 'Signatures/s'],
  ['Generation', 'Full regeneration'],
  ['Emulator', 'Signed UpdateCloudConnection served by the emulator, sequential'],
  ['Emulator', 'Signed UpdateCloudConnection served by the emulator, 32 in flight'],
  ['Emulator', 'Writes (UpdateCloudConnection) acknowledged by the emulator with --data-file, sequential'],
  ['Emulator', 'Writes (UpdateCloudConnection) acknowledged by the emulator with --data-file, 32 in flight'],
];

function mainTable(markdown: string): string[][] {
  const lines = markdown.split('\n');
  const header = lines.findIndex((line) => line.startsWith('| Group | Row | Measured |'));
  const rows: string[][] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.slice(2, -2).split(/(?<!\\) \| /));
  }
  return rows;
}

describe('npm run bench -- --quick', () => {
  it('prints and writes a table with every row and a figure in every measured cell', async () => {
    // ~25 s on an idle 2-core machine; the margin is for a test run sharing the cores with other suites.
    const { stdout } = await run(process.execPath, ['--import', tsx, 'bench/index.ts', '--quick'], { cwd: root, maxBuffer: 16 * 1024 * 1024, timeout: 170_000 });
    const rows = mainTable(stdout);

    expect(rows.map(([group, label]) => [group, EXPECTED.find(([g, l]) => g === group && label?.startsWith(l))?.[1]])).toEqual(EXPECTED);
    for (const [group, label, measured, peer, ratio, goal, status] of rows) {
      const where = `${group} / ${label}`;
      // The emulator is part of this repository, so its rows saying it is not available is a failure, not a skip.
      expect(measured, where).not.toBe(EMULATOR_UNAVAILABLE);
      expect(measured, where).toMatch(/\d/);
      expect(`${measured} ${peer} ${ratio}`, where).not.toMatch(/NaN|Infinity|error/);
      expect(goal, where).toBeTruthy();
      expect(status, where).toMatch(/^(met|not met|n\/a|unknown \(incomplete\))$/);
    }
    expect(await readFile(path.join(root, 'bench', 'results', 'quick.md'), 'utf8')).toBe(stdout);
  }, 180_000);
});
