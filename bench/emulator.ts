// Rows: Emulator — signed requests per second the local emulator serves, next to the same client against the bare
// loopback server (so the ratio is what the emulator's own work costs: signature check, validation, store).
import { spawnScript } from './child.js';
import type { Target } from './contenders.js';
import { interleave, pairedRatio, startWorkers } from './rounds.js';
import { NO_GOAL, type GroupResult, type Row, type Settings } from './table.js';
import { describeRate, startLoopback, summarise } from './throughput.js';
import type { LoadResult } from './worker.js';

const IN_FLIGHT = [1, 32] as const;
const label = (inFlight: number) =>
  `Signed UpdateCloudConnection served by the emulator, ${inFlight === 1 ? 'sequential' : `${inFlight} in flight`}: emulator vs bare loopback server`;

export const EMULATOR_UNAVAILABLE = 'emulator not available';

function unavailable(reason: string): GroupResult {
  return {
    rows: IN_FLIGHT.map((inFlight): Row => ({ group: 'Emulator', label: label(inFlight), measured: EMULATOR_UNAVAILABLE, peer: '—', ratio: '—', ...NO_GOAL })),
    notes: [`Emulator: not measured, ${reason}.`],
  };
}

export async function emulatorGroup(settings: Settings, progress: (line: string) => void): Promise<GroupResult> {
  const emulator = spawnScript('server.ts', 'emulator');
  let emulatorTarget: Target;
  try {
    emulatorTarget = await emulator.next<Target>(60_000);
  } catch (error) {
    await emulator.stop();
    return unavailable((error as Error).message.replace(/^emulator not available: /, ''));
  }
  const loopback = await startLoopback().catch(async (error: unknown) => {
    await emulator.stop();
    throw error;
  });
  try {
    const workers = await startWorkers({
      emulator: { kind: 'load', contender: 'emulator-update', target: emulatorTarget },
      loopback: { kind: 'load', contender: 'client', target: loopback.target },
    });
    let results: Map<string, LoadResult[]>;
    try {
      results = await interleave<LoadResult>(
        IN_FLIGHT.flatMap((inFlight) =>
          (['emulator', 'loopback'] as const).map((key) => ({
            key: `${key}@${inFlight}`,
            worker: workers[key],
            command: (warmupMs: number) => ({ inFlight, warmupMs, durationMs: settings.roundMs }),
          })),
        ),
        {
          rounds: settings.rounds,
          firstWarmupMs: settings.firstWarmupMs,
          warmupMs: settings.warmupMs,
          onRound: (round) => progress(`emulator: round ${round + 1}/${settings.rounds}`),
        },
      );
    } finally {
      await workers.stopAll();
    }
    const get = (key: string) => results.get(key) ?? [];
    return {
      rows: IN_FLIGHT.map((inFlight): Row => ({
        group: 'Emulator',
        label: label(inFlight),
        measured: describeRate(summarise(get(`emulator@${inFlight}`))),
        peer: describeRate(summarise(get(`loopback@${inFlight}`))),
        ratio: `${pairedRatio(get(`emulator@${inFlight}`), get(`loopback@${inFlight}`)).toFixed(2)}×`,
        ...NO_GOAL,
      })),
      notes: [
        'Emulator: startEmulator({ host: 127.0.0.1, port: 0 }) in its own process; this client (AK/SK signed with the emulator\'s keys, so every request is verified) updates a cloud connection it created first, with the seed body. Peer: the same client and call against the bare loopback server, rounds interleaved.',
      ],
    };
  } finally {
    await Promise.all([loopback.stop(), emulator.stop()]);
  }
}
