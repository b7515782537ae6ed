import { spawnScript, type BenchProcess } from './child.js';
import type { Job } from './worker.js';

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** Starts one worker process per job and waits until each has built its client (or signer). */
export async function startWorkers<K extends string>(jobs: Record<K, Job>): Promise<Record<K, BenchProcess> & { stopAll(): Promise<void> }> {
  const entries = Object.entries(jobs) as [K, Job][];
  const workers = entries.map(([key, job]) => [key, spawnScript('worker.ts', job)] as const);
  try {
    await Promise.all(workers.map(([, worker]) => worker.next(60_000)));
  } catch (error) {
    await Promise.all(workers.map(([, worker]) => worker.stop()));
    throw error;
  }
  const byKey = Object.fromEntries(workers) as Record<K, BenchProcess>;
  return Object.assign(byKey, { stopAll: () => Promise.all(workers.map(([, worker]) => worker.stop())).then(() => undefined) });
}

export interface Series {
  key: string;
  worker: BenchProcess;
  /** The command for one round; `warmupMs` is longer in the first round, when the process is still cold. */
  command: (warmupMs: number) => object;
}

/**
 * Runs every series once per round, rotating the order each round, one at a time. Interleaving means a slow spell
 * on a shared machine lands on all contenders rather than on whichever happened to run then, and it lets ratios be
 * taken between rounds that ran seconds apart.
 */
export async function interleave<R>(
  series: readonly Series[],
  options: { rounds: number; firstWarmupMs: number; warmupMs: number; onRound?: (round: number) => void },
): Promise<Map<string, R[]>> {
  const results = new Map<string, R[]>(series.map((s) => [s.key, []]));
  for (let round = 0; round < options.rounds; round++) {
    options.onRound?.(round);
    const order = [...series.slice(round % series.length), ...series.slice(0, round % series.length)];
    for (const s of order) {
      s.worker.send(s.command(round === 0 ? options.firstWarmupMs : options.warmupMs));
      results.get(s.key)?.push(await s.worker.next<R>());
    }
  }
  return results;
}

/** Median over rounds of a/b, each pair measured in the same round: steadier than a ratio of two medians. */
export function pairedRatio(a: readonly { rate: number }[], b: readonly { rate: number }[]): number {
  return median(a.map((x, i) => x.rate / (b[i]?.rate ?? Number.NaN)).filter(Number.isFinite));
}
