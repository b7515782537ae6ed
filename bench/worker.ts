// Child-process entry for measurements that must not share a process: one contender or job per process, described
// by a JSON argument. Long-lived jobs answer `ready`, then run one measured round per command line (see child.ts),
// so the parent can interleave rounds of different contenders and machine drift hits all of them alike.
import { cpuMsWithChildren } from './cpu.js';
import { performance } from 'node:perf_hooks';
import { reply, serveCommands } from './child.js';
import { prepare, type Contender, type Target } from './contenders.js';
import { ACCESS_KEY, DOMAIN_ID, REQUEST_PATH, SECRET_KEY, SEED_BODY } from './fixtures.js';
import { loadOfficialCore } from './official.js';

export type Job =
  | { kind: 'load'; contender: Contender; target: Target }
  | { kind: 'sign'; signer: 'ours' | 'official' }
  | { kind: 'sign-agree' }
  | { kind: 'generate'; root: string; specEntry?: string; redoclyConfig?: string };

export interface LoadRound {
  inFlight: number;
  warmupMs: number;
  durationMs: number;
}

export interface LoadResult {
  /** This round. */
  requests: number;
  rate: number;
  /** Over every round run so far at this concurrency. */
  p50: number;
  p99: number;
}

export interface SignRound {
  warmupMs: number;
  durationMs: number;
}

export interface SignResult {
  signatures: number;
  rate: number;
}

export interface GenerateResult {
  /** In-process time to import the generator (its dependencies are most of it). */
  importMs: number;
  steps: { name: string; ms: number }[];
  /** CPU of this process (worker threads included) and the Redocly processes it ran, when /proc tells. */
  cpuMs?: number;
  /** The step that threw, if any, with the first line of its message. */
  failed?: { step: string; message: string };
}

const ENDPOINT = 'https://cc.myhuaweicloud.com';

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
}

async function serveLoad(job: Extract<Job, { kind: 'load' }>): Promise<void> {
  const prepared = await prepare(job.contender, job.target);
  const latenciesByInFlight = new Map<number, number[]>();
  // One unmeasured call first: fetch loads undici lazily and the first connection is opened here, not in a window.
  await prepared.call();
  reply({ ready: true });
  // Keeps `inFlight` requests outstanding for warm-up + duration and counts the ones that complete inside the measured
  // window (steady state, whenever they started). If none completes in time (a window shorter than one slow request,
  // as in quick mode), the window stretches to the first completion and the rate is taken over that real span.
  serveCommands<LoadRound>(async ({ inFlight, warmupMs, durationMs }): Promise<LoadResult> => {
    const latencies = latenciesByInFlight.get(inFlight) ?? [];
    latenciesByInFlight.set(inFlight, latencies);
    const measureFrom = performance.now() + warmupMs;
    const measureTo = measureFrom + durationMs;
    let windowEnd = measureTo;
    let requests = 0;
    const lane = async () => {
      while (performance.now() < measureTo || requests === 0) {
        const start = performance.now();
        await prepared.call();
        const end = performance.now();
        if (end >= measureFrom && (end <= measureTo || requests === 0)) {
          requests++;
          latencies.push(end - start);
          windowEnd = Math.max(windowEnd, end);
        }
      }
    };
    await Promise.all(Array.from({ length: inFlight }, lane));
    const sorted = Float64Array.from(latencies).sort();
    return { requests, rate: requests / ((windowEnd - measureFrom) / 1000), p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99) };
  }, async () => prepared.close?.());
}

async function ourSigner(): Promise<(date: Date) => Promise<string>> {
  const { createCredentials, sign } = await import('../src/auth/index.js');
  // The validated, frozen credentials object the client builds, so the HMAC key cache behaves as in real use.
  const credentials = createCredentials({ accessKey: ACCESS_KEY, secretKey: SECRET_KEY });
  const headers = new Headers({ 'content-type': 'application/json' });
  const body = JSON.stringify(SEED_BODY);
  return async (date) => (await sign({ method: 'PUT', url: `${ENDPOINT}${REQUEST_PATH}`, headers, body }, { credentials, domainId: DOMAIN_ID, date })).authorization;
}

function officialSigner(): () => string {
  const core = loadOfficialCore();
  const credential = new core.GlobalCredentials({ ak: ACCESS_KEY, sk: SECRET_KEY, domainId: DOMAIN_ID });
  // What GlobalCredentials.processAuthRequest hands the signer for this call: X-Domain-Id added, body as an object.
  return () =>
    core.AKSKSigner.sign(
      { endpoint: `${ENDPOINT}${REQUEST_PATH}`, method: 'PUT', headers: { 'content-type': 'application/json', 'X-Domain-Id': DOMAIN_ID }, queryParams: {}, data: SEED_BODY },
      credential,
    ).Authorization as string;
}

/** Sequential signing, one at a time, the way a client signs each request before sending it. */
async function serveSign(job: Extract<Job, { kind: 'sign' }>): Promise<void> {
  const once: () => unknown = job.signer === 'ours' ? await ourSigner().then((signer) => () => signer(new Date())) : officialSigner();
  reply({ ready: true });
  serveCommands<SignRound>(async ({ warmupMs, durationMs }): Promise<SignResult> => {
    const warmupEnd = performance.now() + warmupMs;
    while (performance.now() < warmupEnd) await once();
    let signatures = 0;
    const start = performance.now();
    const end = start + durationMs;
    let now = start;
    while (now < end) {
      // Awaiting the official signer's plain string costs a microtask too, so both loops have the same shape.
      await once();
      signatures++;
      now = performance.now();
    }
    return { signatures, rate: signatures / ((now - start) / 1000) };
  });
}

/** Both signers on the same request at the same instant must produce the same Authorization header. */
async function signAgree(): Promise<{ agree: boolean; ours: string; official: string }> {
  const date = new Date('2024-01-02T03:04:05Z');
  const ours = await (await ourSigner())(date);
  loadOfficialCore().moment.now = () => date.getTime();
  const official = officialSigner()();
  return { agree: ours === official, ours, official };
}

async function generate(job: Extract<Job, { kind: 'generate' }>): Promise<GenerateResult> {
  const importStart = performance.now();
  const { build, pipeline } = await import('../generator/index.js');
  const { createContext } = await import('../generator/context.js');
  const importMs = performance.now() - importStart;
  const ctx = createContext({ root: job.root, check: true, specEntry: job.specEntry, redoclyConfig: job.redoclyConfig });
  const timed: { name: string; ms: number }[] = [];
  try {
    await build(ctx, (line) => {
      const [name, value] = line.trim().split(/\s+/);
      timed.push({ name: name as string, ms: Number(value) });
    });
    return { importMs, steps: timed, cpuMs: cpuMsWithChildren() };
  } catch (error) {
    // build() logs a group's steps once they all succeed, so the first unlogged step is in the group that threw.
    const step = pipeline.flat().filter((s) => !s.skipOnCheck)[timed.length]?.name ?? 'unknown';
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] as string;
    return { importMs, steps: timed, cpuMs: cpuMsWithChildren(), failed: { step, message } };
  }
}

const job = JSON.parse(process.argv[2] as string) as Job;
try {
  if (job.kind === 'load') await serveLoad(job);
  else if (job.kind === 'sign') await serveSign(job);
  else {
    reply(job.kind === 'generate' ? await generate(job) : await signAgree());
    // Libraries (log4js, redocly) may keep handles open; the answer is out, so end now.
    process.exit(0);
  }
} catch (error) {
  reply({ error: error instanceof Error ? error.message : String(error) });
  process.exit(1);
}
