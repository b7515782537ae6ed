// Rows: Emulator — signed requests per second the local emulator serves, next to the same client against the bare
// loopback server (so the ratio is what the emulator's own work costs: signature check, validation, store), and the
// same writes with a data file next to the emulator in memory (so the ratio is what durability costs: every answer
// to a write waits until the change is on disk).
import { spawnScript, type BenchProcess } from './child.js';
import type { Target } from './contenders.js';
import { interleave, pairedRatio, startWorkers } from './rounds.js';
import { NO_GOAL, type GroupResult, type Row, type Settings } from './table.js';
import { describeRate, startLoopback, summarise } from './throughput.js';
import type { LoadResult } from './worker.js';

const IN_FLIGHT = [1, 32] as const;
const inFlightLabel = (inFlight: number) => (inFlight === 1 ? 'sequential' : `${inFlight} in flight`);
const label = (inFlight: number) => `Signed UpdateCloudConnection served by the emulator, ${inFlightLabel(inFlight)}: emulator vs bare loopback server`;
const fileLabel = (inFlight: number) =>
  `Writes (UpdateCloudConnection) acknowledged by the emulator with --data-file, ${inFlightLabel(inFlight)}: data file vs in memory`;

export const EMULATOR_UNAVAILABLE = 'emulator not available';

function unavailable(reason: string): GroupResult {
  return {
    rows: IN_FLIGHT.flatMap((inFlight): Row[] =>
      [label(inFlight), fileLabel(inFlight)].map((text) => ({ group: 'Emulator', label: text, measured: EMULATOR_UNAVAILABLE, peer: '—', ratio: '—', ...NO_GOAL })),
    ),
    notes: [`Emulator: not measured, ${reason}.`],
  };
}

async function startServer(mode: 'emulator' | 'emulator-file'): Promise<{ process: BenchProcess; target: Target }> {
  const process = spawnScript('server.ts', mode);
  try {
    return { process, target: await process.next<Target>(60_000) };
  } catch (error) {
    await process.stop();
    throw error;
  }
}

export async function emulatorGroup(settings: Settings, progress: (line: string) => void): Promise<GroupResult> {
  let memory: { process: BenchProcess; target: Target };
  let withFile: { process: BenchProcess; target: Target };
  try {
    memory = await startServer('emulator');
  } catch (error) {
    return unavailable((error as Error).message.replace(/^emulator not available: /, ''));
  }
  try {
    withFile = await startServer('emulator-file');
  } catch (error) {
    await memory.process.stop();
    return unavailable((error as Error).message.replace(/^emulator not available: /, ''));
  }
  const loopback = await startLoopback().catch(async (error: unknown) => {
    await Promise.all([memory.process.stop(), withFile.process.stop()]);
    throw error;
  });
  try {
    const workers = await startWorkers({
      emulator: { kind: 'load', contender: 'emulator-update', target: memory.target },
      emulatorFile: { kind: 'load', contender: 'emulator-update', target: withFile.target },
      loopback: { kind: 'load', contender: 'client', target: loopback.target },
    });
    let results: Map<string, LoadResult[]>;
    try {
      results = await interleave<LoadResult>(
        IN_FLIGHT.flatMap((inFlight) =>
          (['emulator', 'emulatorFile', 'loopback'] as const).map((key) => ({
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
    const row = (text: string, measured: string, peer: string): Row => ({
      group: 'Emulator',
      label: text,
      measured: describeRate(summarise(get(measured))),
      peer: describeRate(summarise(get(peer))),
      ratio: `${pairedRatio(get(measured), get(peer)).toFixed(2)}×`,
      ...NO_GOAL,
    });
    return {
      rows: [
        ...IN_FLIGHT.map((inFlight) => row(label(inFlight), `emulator@${inFlight}`, `loopback@${inFlight}`)),
        ...IN_FLIGHT.map((inFlight) => row(fileLabel(inFlight), `emulatorFile@${inFlight}`, `emulator@${inFlight}`)),
      ],
      notes: [
        'Emulator: startEmulator({ host: 127.0.0.1, port: 0 }) in its own process; this client (AK/SK signed with the emulator\'s keys, so every request is verified) updates a cloud connection it created first, with the seed body. Peer: the same client and call against the bare loopback server, rounds interleaved.',
        'Emulator with data file: the same, started with dataFile in a fresh temporary folder (the state is one cloud connection, so the file is small); each update is answered only after the whole state is written to a temporary file, fsynced and renamed over the data file (writes that arrive meanwhile share the next write). Peer: the in-memory emulator of the row above, rounds interleaved.',
      ],
    };
  } finally {
    await Promise.all([loopback.stop(), memory.process.stop(), withFile.process.stop()]);
  }
}
