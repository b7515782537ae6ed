// Rows: Throughput (this client vs the official core, vs unsigned openapi-fetch) and Transport (undici Agent vs the
// global fetch). One loopback server process; one load-generator process per contender; rounds interleaved.
import { spawnScript } from './child.js';
import { CONTENDERS, type Contender, type Target } from './contenders.js';
import { interleave, median, pairedRatio, startWorkers, type Series } from './rounds.js';
import { ms, NO_GOAL, perSecond, ratio, verdict, type GroupResult, type Row, type Settings } from './table.js';
import type { LoadResult } from './worker.js';

export const THROUGHPUT_GOAL = 1.5;
export const SIGNING_OVERHEAD_GOAL = 0.9;
/** The undici dispatcher must beat the global fetch by more than run-to-run noise to be worth a default change. */
export const TRANSPORT_GOAL = 1.05;

const COMPARED: Contender[] = ['client', 'openapi-fetch', 'fetch', 'http', 'official'];
const TRANSPORTS: Contender[] = ['client-undici-dispatcher', 'client-undici-fetch'];
const IN_FLIGHT = [1, 32] as const;

export interface Measured {
  rounds: LoadResult[];
  rate: number;
  p50: number;
  p99: number;
}

export function summarise(rounds: LoadResult[]): Measured {
  const last = rounds[rounds.length - 1];
  return { rounds, rate: median(rounds.map((r) => r.rate)), p50: last?.p50 ?? Number.NaN, p99: last?.p99 ?? Number.NaN };
}

export const describeRate = (m: Measured): string => `${perSecond(m.rate)} (p50 ${ms(m.p50)}, p99 ${ms(m.p99)})`;

/** Starts the loopback server (its own process, so it has a core of its own) and returns its address. */
export async function startLoopback(): Promise<{ target: Target; stop: () => Promise<void> }> {
  const server = spawnScript('server.ts', 'loopback');
  const target = await server.next<Target>(30_000).catch(async (error: unknown) => {
    await server.stop();
    throw error;
  });
  return { target, stop: () => server.stop() };
}

export async function throughputGroup(settings: Settings, progress: (line: string) => void): Promise<GroupResult> {
  const loopback = await startLoopback();
  try {
    const contenders = [...COMPARED, ...TRANSPORTS];
    const workers = await startWorkers(Object.fromEntries(contenders.map((c) => [c, { kind: 'load', contender: c, target: loopback.target }])) as Record<Contender, never>);
    let results: Map<string, LoadResult[]>;
    try {
      const series: Series[] = [];
      for (const inFlight of IN_FLIGHT) {
        for (const contender of COMPARED) {
          series.push({ key: `${contender}@${inFlight}`, worker: workers[contender], command: (warmupMs) => ({ inFlight, warmupMs, durationMs: settings.roundMs }) });
        }
      }
      for (const contender of TRANSPORTS) {
        series.push({ key: `${contender}@32`, worker: workers[contender], command: (warmupMs) => ({ inFlight: 32, warmupMs, durationMs: settings.roundMs }) });
      }
      results = await interleave<LoadResult>(series, {
        rounds: settings.rounds,
        firstWarmupMs: settings.firstWarmupMs,
        warmupMs: settings.warmupMs,
        onRound: (round) => progress(`throughput: round ${round + 1}/${settings.rounds} (${series.length} series × ${settings.roundMs} ms)`),
      });
    } finally {
      await workers.stopAll();
    }
    return report(results);
  } finally {
    await loopback.stop();
  }
}

function report(results: Map<string, LoadResult[]>): GroupResult {
  const get = (contender: Contender, inFlight: number) => summarise(results.get(`${contender}@${inFlight}`) ?? []);
  const paired = (a: Contender, b: Contender, inFlight: number) => pairedRatio(get(a, inFlight).rounds, get(b, inFlight).rounds);
  const rows: Row[] = [];

  for (const inFlight of [32, 1]) {
    const value = paired('client', 'official', inFlight);
    rows.push({
      group: 'Throughput',
      label: `Signed UpdateCloudConnection, ${inFlight} in flight: this client vs official core`,
      measured: describeRate(get('client', inFlight)),
      peer: describeRate(get('official', inFlight)),
      ratio: `${value.toFixed(2)}×`,
      ...(inFlight === 32 ? { goal: `≥ ${THROUGHPUT_GOAL.toFixed(2)}×`, status: verdict(value >= THROUGHPUT_GOAL) } : NO_GOAL),
    });
  }
  for (const inFlight of [32, 1]) {
    const value = paired('client', 'openapi-fetch', inFlight);
    rows.push({
      group: 'Throughput',
      label: `Cost of signing + transport, ${inFlight} in flight: this client vs unsigned openapi-fetch`,
      measured: describeRate(get('client', inFlight)),
      peer: describeRate(get('openapi-fetch', inFlight)),
      ratio: `${value.toFixed(2)}×`,
      goal: `≥ ${SIGNING_OVERHEAD_GOAL.toFixed(2)}×`,
      status: verdict(value >= SIGNING_OVERHEAD_GOAL),
    });
  }
  rows.push({
    group: 'Throughput',
    label: 'Share of the machine floor, 32 in flight: this client vs raw node:http keep-alive',
    measured: describeRate(get('client', 32)),
    peer: describeRate(get('http', 32)),
    ratio: `${paired('client', 'http', 32).toFixed(2)}×`,
    ...NO_GOAL,
  });
  for (const contender of TRANSPORTS) {
    const value = paired(contender, 'client', 32);
    rows.push({
      group: 'Transport',
      label: `32 in flight: ${CONTENDERS[contender].replace('this client, ', '')} vs global fetch (this client both)`,
      measured: describeRate(get(contender, 32)),
      peer: describeRate(get('client', 32)),
      ratio: `${value.toFixed(2)}×`,
      goal: `> ${TRANSPORT_GOAL.toFixed(2)}× to change the default`,
      status: verdict(value > TRANSPORT_GOAL),
    });
  }

  const detailRows: string[][] = [];
  for (const inFlight of IN_FLIGHT) {
    for (const contender of [...COMPARED, ...(inFlight === 32 ? TRANSPORTS : [])]) {
      const m = get(contender, inFlight);
      detailRows.push([
        CONTENDERS[contender],
        String(inFlight),
        perSecond(m.rate),
        ms(m.p50),
        ms(m.p99),
        ratio(m.rate, get('official', inFlight).rate),
        ratio(m.rate, get('openapi-fetch', inFlight).rate),
        m.rounds.map((r) => Math.round(r.rate)).join(' / '),
      ]);
    }
  }
  return {
    rows,
    details: [
      {
        title: 'Throughput by contender (loopback node:http server, keep-alive, fixed JSON answer)',
        headers: ['Contender', 'In flight', 'req/s (median)', 'p50', 'p99', 'vs official', 'vs openapi-fetch', 'req/s per round'],
        rows: detailRows,
      },
    ],
    notes: [
      'Throughput: one server process and one load process per contender (2 cores: one each). Each round runs every contender × concurrency once, in rotated order; req/s is the median of rounds, p50/p99 are over all measured requests, and ratios in the main table are medians of per-round ratios (pairs measured seconds apart), so they can differ slightly from the quotient of the two medians shown.',
      'Official core: GlobalCredentials + HcClient + DefaultHttpClient (its own axios HTTP client, Node 20 keep-alive global agent), sending the options the generated CcClient.updateCloudConnection builds. ClientBuilder is not used: it requires the undeclared `uuid` (signing.md §5).',
      'Transport: undici 6.24.1 is the version Node 20.20 bundles, so the rows isolate the dispatcher, not an undici upgrade. `fetch: (input, init) => undiciFetch(input, { ...init, dispatcher })` as written fails with this client ("Failed to parse URL from [object Request]": the package\'s fetch does not accept the global Request class the transport passes), so the undici.fetch row converts the Request to URL + init; the global fetch accepts `dispatcher` directly.',
    ],
  };
}
