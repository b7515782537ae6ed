// Rows: Throughput — this client (default node:http sender, fetch sender, generic methods) vs the official core, and
// vs raw node:http. One loopback server process; one load-generator process per contender; rounds interleaved.
import { spawnScript } from './child.js';
import { CONTENDERS, type Contender, type Target } from './contenders.js';
import { interleave, median, pairedRatio, startWorkers, type Series } from './rounds.js';
import { ms, perSecond, ratio, verdict, NO_GOAL, type GroupResult, type Row, type Settings } from './table.js';
import type { LoadResult } from './worker.js';

/** Goals of issue 15, as ratios measured in the same run. */
export const GOALS = { official32: 2.5, official1: 2.0, floor32: 0.55, generic32: 1.25, fetch32: 0.9 } as const;

/** Who runs at which concurrency: everything at 32, and at 1 what the 1-in-flight row and its context need. */
const SERIES: Record<number, Contender[]> = {
  32: ['client', 'client-fetch', 'client-generic', 'openapi-fetch', 'fetch', 'http', 'official'],
  1: ['client', 'http', 'official'],
};
const CONTENDERS_RUN = [...new Set(Object.values(SERIES).flat())];

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
    const workers = await startWorkers(Object.fromEntries(CONTENDERS_RUN.map((c) => [c, { kind: 'load', contender: c, target: loopback.target }])) as Record<Contender, never>);
    let results: Map<string, LoadResult[]>;
    try {
      const series: Series[] = [];
      for (const [inFlight, contenders] of Object.entries(SERIES)) {
        for (const contender of contenders) {
          series.push({ key: `${contender}@${inFlight}`, worker: workers[contender], command: (warmupMs) => ({ inFlight: Number(inFlight), warmupMs, durationMs: settings.roundMs }) });
        }
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
  const row = (label: string, a: Contender, b: Contender, inFlight: number, goal: number | null): Row => {
    const value = paired(a, b, inFlight);
    return {
      group: 'Throughput',
      label,
      measured: describeRate(get(a, inFlight)),
      peer: describeRate(get(b, inFlight)),
      ratio: `${value.toFixed(2)}×`,
      ...(goal === null ? NO_GOAL : { goal: `≥ ${goal.toFixed(2)}×`, status: verdict(value >= goal) }),
    };
  };
  const rows: Row[] = [
    row('Signed UpdateCloudConnection, 32 in flight: this client vs official core', 'client', 'official', 32, GOALS.official32),
    row('Signed UpdateCloudConnection, 1 in flight: this client vs official core', 'client', 'official', 1, GOALS.official1),
    row('Share of the machine floor, 32 in flight: this client vs raw node:http keep-alive', 'client', 'http', 32, GOALS.floor32),
    row('Generic cc.PUT (src/generic.ts), 32 in flight: vs official core', 'client-generic', 'official', 32, GOALS.generic32),
    row('Fetch sender (the browser path, global fetch in Node), 32 in flight: vs official core', 'client-fetch', 'official', 32, GOALS.fetch32),
    row('Fetch sender, 32 in flight: vs unsigned openapi-fetch on the same global fetch', 'client-fetch', 'openapi-fetch', 32, null),
  ];

  const detailRows: string[][] = [];
  for (const [inFlight, contenders] of Object.entries(SERIES)) {
    for (const contender of contenders) {
      const m = get(contender, Number(inFlight));
      detailRows.push([
        CONTENDERS[contender],
        inFlight,
        perSecond(m.rate),
        ms(m.p50),
        ms(m.p99),
        ratio(m.rate, get('official', Number(inFlight)).rate),
        ratio(m.rate, get('http', Number(inFlight)).rate),
        m.rounds.map((r) => Math.round(r.rate)).join(' / '),
      ]);
    }
  }
  return {
    rows,
    details: [
      {
        title: 'Throughput by contender (loopback node:http server, keep-alive, fixed JSON answer)',
        headers: ['Contender', 'In flight', 'req/s (median)', 'p50', 'p99', 'vs official', 'vs raw node:http', 'req/s per round'],
        rows: detailRows,
      },
    ],
    notes: [
      'Throughput: one server process and one load process per contender (2 cores: one each). Each round runs every contender × concurrency once, in rotated order; req/s is the median of rounds, p50/p99 are over all measured requests, and ratios in the main table are medians of per-round ratios (pairs measured seconds apart), so they can differ slightly from the quotient of the two medians shown.',
      'Official core: GlobalCredentials + HcClient + DefaultHttpClient (its own axios HTTP client, Node 20 keep-alive global agent), sending the options the generated CcClient.updateCloudConnection builds. ClientBuilder is not used: it requires the undeclared `uuid` (signing.md §5).',
      'This client sends over node:http with its own keep-alive agent by default in Node; the fetch sender row passes `fetch` (the global one), which is what browsers and edge runtimes use. The generic row calls `createGenericClient(...).PUT(...)` (openapi-fetch builds a Request, the client signs and sends it over node:http and hands openapi-fetch a Response).',
    ],
  };
}
