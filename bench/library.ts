// Rows: Library — the client's own cost per call with the network mocked out, and the heap it keeps after many calls.
import { runScript } from './child.js';
import type { CostResult, LibraryJob, MemoryResult } from './library-child.js';
import { median } from './rounds.js';
import { verdict, type GroupResult, type Settings } from './table.js';
import { startLoopback } from './throughput.js';

export const COST_GOAL_MICROS = 40;
export const MEMORY_GOAL_BYTES = 5 * 2 ** 20;
const MEMORY_CALLS = 20_000;

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(2)} MiB`;

export async function libraryGroup(settings: Settings, progress: (line: string) => void): Promise<GroupResult> {
  const costRuns: CostResult[] = [];
  for (let i = 0; i < settings.signRounds; i++) {
    progress(`library: cost round ${i + 1}/${settings.signRounds}`);
    costRuns.push(await runScript<CostResult>('library-child.ts', { kind: 'cost', warmupMs: settings.signWarmupMs, durationMs: settings.signRoundMs * 2 } satisfies LibraryJob));
  }
  const calls = settings.quick ? 2000 : MEMORY_CALLS;
  const loopback = await startLoopback();
  let memory: MemoryResult;
  try {
    progress(`library: memory after ${calls} calls`);
    memory = await runScript<MemoryResult>('library-child.ts', { kind: 'memory', target: loopback.target, calls, inFlight: 32 } satisfies LibraryJob, 300_000);
  } finally {
    await loopback.stop();
  }
  const micros = median(costRuns.map((r) => r.microsPerCall));
  return {
    rows: [
      {
        group: 'Library',
        label: 'Library-only cost per call (fetch mocked, signed UpdateCloudConnection, one at a time)',
        measured: `${micros.toFixed(1)} µs (${costRuns.map((r) => r.microsPerCall.toFixed(1)).join(' / ')} per process)`,
        peer: '—',
        ratio: '—',
        goal: `≤ ${COST_GOAL_MICROS} µs`,
        status: verdict(micros <= COST_GOAL_MICROS),
      },
      {
        group: 'Library',
        label: `Memory retained after ${calls.toLocaleString('en-US')} calls (node:http sender, 32 in flight, heap after full GC minus before)`,
        measured: mib(memory.retainedBytes),
        peer: '—',
        ratio: '—',
        goal: `≤ ${mib(MEMORY_GOAL_BYTES)}`,
        status: verdict(memory.retainedBytes <= MEMORY_GOAL_BYTES),
      },
    ],
    notes: [
      `Library: the cost row runs in ${settings.signRounds} fresh processes; each awaits one call at a time with \`fetch\` answering at once with a stand-in (status, headers.get, text()), so no socket, stream or undici object is involved: it measures URL and body building, signing (node:crypto), the attempt's timer and listeners, and JSON parsing. The memory row sends real requests to the loopback server over the default node:http sender, after 200 warm-up calls, and compares heapUsed after two forced GCs (v8 --expose-gc set at run time); the heap was ${mib(memory.heapBeforeBytes)} before.`,
    ],
  };
}
