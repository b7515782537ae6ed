// Child for the Library rows: one job per process (the argument), so heap figures are this client's alone.
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { performance } from 'node:perf_hooks';
import { reply } from './child.js';
import { clientModules, type Target } from './contenders.js';
import { ACCESS_KEY, CONNECTION_ID, DOMAIN_ID, SECRET_KEY, SEED_BODY, SEED_RESPONSE } from './fixtures.js';

export type LibraryJob = { kind: 'cost'; warmupMs: number; durationMs: number } | { kind: 'memory'; target: Target; calls: number; inFlight: number };
export interface CostResult {
  calls: number;
  microsPerCall: number;
}
export interface MemoryResult {
  calls: number;
  retainedBytes: number;
  heapBeforeBytes: number;
}

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const { createCloudConnectClient } = (await clientModules()).index;
const credentials = { accessKey: ACCESS_KEY, secretKey: SECRET_KEY };

/**
 * The client's own work per call, with the network taken out: a `fetch` that answers at once with a minimal stand-in
 * for a Response (status, headers.get, text), so no socket, stream or undici object is involved. What remains is
 * building the URL and body, signing, the attempt bookkeeping (timer, listeners), and parsing the JSON answer.
 */
async function cost(job: Extract<LibraryJob, { kind: 'cost' }>): Promise<CostResult> {
  const bodyText = JSON.stringify(SEED_RESPONSE);
  const headers = new Map([['content-type', 'application/json'], ['x-request-id', SEED_RESPONSE.request_id]]);
  const answer = { status: 200, headers: { get: (name: string) => headers.get(name) ?? null }, text: async () => bodyText };
  const cc = createCloudConnectClient({ endpoint: 'https://cc.myhuaweicloud.com', domainId: DOMAIN_ID, credentials, fetch: (async () => answer) as unknown as typeof fetch });
  const call = () => cc.updateCloudConnection({ id: CONNECTION_ID, body: SEED_BODY });
  const warmupEnd = performance.now() + job.warmupMs;
  while (performance.now() < warmupEnd) await call();
  let calls = 0;
  const start = performance.now();
  const end = start + job.durationMs;
  let now = start;
  while (now < end) {
    await call();
    calls++;
    now = performance.now();
  }
  return { calls, microsPerCall: ((now - start) * 1000) / calls };
}

const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

/** Heap still in use after `calls` real calls over node:http (default sender) and a full GC, minus the heap before. */
async function memory(job: Extract<LibraryJob, { kind: 'memory' }>): Promise<MemoryResult> {
  const cc = createCloudConnectClient({ endpoint: job.target.url, domainId: DOMAIN_ID, credentials });
  const call = () => cc.updateCloudConnection({ id: CONNECTION_ID, body: SEED_BODY });
  // Warm: sockets open, code compiled, caches filled; those are not what a long-running caller accumulates.
  for (let i = 0; i < 200; i++) await call();
  const before = heap();
  let started = 0;
  const lane = async () => {
    while (started < job.calls) {
      started++;
      await call();
    }
  };
  await Promise.all(Array.from({ length: job.inFlight }, lane));
  return { calls: started, retainedBytes: heap() - before, heapBeforeBytes: before };
}

const job = JSON.parse(process.argv[2] as string) as LibraryJob;
try {
  reply(job.kind === 'cost' ? await cost(job) : await memory(job));
  process.exit(0);
} catch (error) {
  reply({ error: error instanceof Error ? error.message : String(error) });
  process.exit(1);
}
