// Rows: Cold import — a fresh `node` process loading the built client vs the official core, median of N runs.
import { execFile } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { root } from './child.js';
import { coreFile, coreMain } from './official.js';
import { median } from './rounds.js';
import { ms, NO_GOAL, ratio, verdict, type GroupResult, type Settings } from './table.js';

export const COLD_IMPORT_GOAL_MS = 22;

/** `node -e` scripts that time their own imports with hrtime and print the milliseconds. */
function scripts(clientEntry: string, emptyModule: string): Record<'client' | 'empty' | 'clientAfterLoader' | 'official' | 'officialHttp', string> {
  const print = 'process.stdout.write(String(Number(process.hrtime.bigint() - t) / 1e6))';
  const requires = (files: string[]) => files.map((f) => `require(${JSON.stringify(f)});`).join(' ');
  return {
    client: `const t = process.hrtime.bigint(); import(${JSON.stringify(pathToFileURL(clientEntry).href)}).then(() => { ${print}; });`,
    // Node's ESM loader alone: the part of the client's figure that no change to the client can remove.
    empty: `const t = process.hrtime.bigint(); import(${JSON.stringify(pathToFileURL(emptyModule).href)}).then(() => { ${print}; });`,
    // An ESM application has started the loader before it imports the client: only the client's own share is timed.
    clientAfterLoader: `import(${JSON.stringify(pathToFileURL(emptyModule).href)}).then(() => { const t = process.hrtime.bigint(); return import(${JSON.stringify(pathToFileURL(clientEntry).href)}).then(() => { ${print}; }); });`,
    // The brief's peer: the package's main entry plus the signer.
    official: `const t = process.hrtime.bigint(); ${requires([coreMain, coreFile('auth/AKSKSigner.js')])} ${print};`,
    // What it takes the official core to actually send a request: also HcClient and its axios-based HTTP client.
    officialHttp: `const t = process.hrtime.bigint(); ${requires([coreMain, coreFile('auth/AKSKSigner.js'), coreFile('HcClient.js'), coreFile('http/DefaultHttpClient.js')])} ${print};`,
  };
}

function runOnce(script: string): Promise<{ importMs: number; wallMs: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['-e', script], { timeout: 30_000 }, (error, stdout, stderr) => {
      const wallMs = performance.now() - started;
      const importMs = Number(stdout.trim());
      if (error || !Number.isFinite(importMs)) return reject(new Error(`cold import failed: ${stderr.trim() || error?.message}`));
      resolve({ importMs, wallMs });
    });
  });
}

export async function coldImportGroup(settings: Settings, clientEntry: { path: string; source: string }): Promise<GroupResult> {
  const emptyModule = path.join(root, '.tmp', `cold-import-empty-${process.pid}.mjs`);
  await mkdir(path.dirname(emptyModule), { recursive: true });
  await writeFile(emptyModule, 'export const empty = true;\n');
  const all = scripts(clientEntry.path, emptyModule);
  const keys = Object.keys(all) as (keyof typeof all)[];
  // One unmeasured run each first, so every contender starts from a warm file cache.
  if (settings.coldWarmup) for (const key of keys) await runOnce(all[key]);
  const runs = new Map(keys.map((k) => [k, [] as { importMs: number; wallMs: number }[]]));
  for (let i = 0; i < settings.coldRuns; i++) {
    // Alternating contenders so drift on a shared machine does not favour whichever ran first.
    for (const key of i % 2 === 0 ? keys : [...keys].reverse()) runs.get(key)?.push(await runOnce(all[key]));
  }
  await rm(emptyModule, { force: true });
  const med = (key: keyof typeof all, field: 'importMs' | 'wallMs') => median((runs.get(key) ?? []).map((r) => r[field]));
  const client = med('client', 'importMs');
  const official = med('official', 'importMs');
  const n = `median of ${settings.coldRuns}`;
  return {
    rows: [
      {
        group: 'Cold import',
        label: `Import in a fresh node process (${n}): built client vs official core main entry + AKSKSigner`,
        measured: ms(client),
        peer: ms(official),
        ratio: ratio(client, official),
        goal: `≤ ${COLD_IMPORT_GOAL_MS} ms`,
        status: verdict(client <= COLD_IMPORT_GOAL_MS),
      },
      {
        group: 'Cold import',
        label: `Same, built client vs an ESM file exporting one constant (Node's module loader alone) (${n})`,
        measured: ms(client),
        peer: ms(med('empty', 'importMs')),
        ratio: ratio(client, med('empty', 'importMs')),
        ...NO_GOAL,
      },
      {
        group: 'Cold import',
        label: `The client's own share: its import timed after the loader has started (an ESM application's case) (${n})`,
        measured: ms(med('clientAfterLoader', 'importMs')),
        peer: '—',
        ratio: '—',
        ...NO_GOAL,
      },
      {
        group: 'Cold import',
        label: `Same, peer also loading what it needs to send (HcClient + axios DefaultHttpClient) (${n})`,
        measured: ms(client),
        peer: ms(med('officialHttp', 'importMs')),
        ratio: ratio(client, med('officialHttp', 'importMs')),
        ...NO_GOAL,
      },
      {
        group: 'Cold import',
        label: `Wall time of \`node -e\` (process start + import + exit) (${n}): client vs core main + signer`,
        measured: ms(med('client', 'wallMs')),
        peer: ms(med('official', 'wallMs')),
        ratio: ratio(med('client', 'wallMs'), med('official', 'wallMs')),
        ...NO_GOAL,
      },
    ],
    notes: [
      `Cold import: the client is ${clientEntry.source}; the import is timed inside the child with process.hrtime (dynamic import() of the ESM build; require() of the CommonJS core), runs alternate between contenders${settings.coldWarmup ? ' after one unmeasured warm-up each' : ''}. The loader row imports a one-line ESM file from .tmp/, the floor under any ESM entry. No official service package (@huaweicloud/huaweicloud-sdk-cc) is installed, so the peer is the core alone, which is lighter than the ~350 ms quoted for core + service package.`,
    ],
  };
}
