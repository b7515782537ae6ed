// Row: Signer — signatures per second of src/auth `sign` vs the official AKSKSigner.sign on the same request.
import { runScript } from './child.js';
import { interleave, median, pairedRatio, startWorkers } from './rounds.js';
import { NO_GOAL, perSecond, type GroupResult, type Settings } from './table.js';
import type { SignResult } from './worker.js';

export async function signerGroup(settings: Settings, progress: (line: string) => void): Promise<GroupResult> {
  // Same request, same instant, same keys: the two Authorization headers must match, or the comparison is moot.
  const agreement = await runScript<{ agree: boolean; ours: string; official: string }>('worker.ts', { kind: 'sign-agree' });
  const workers = await startWorkers({ ours: { kind: 'sign', signer: 'ours' }, official: { kind: 'sign', signer: 'official' } });
  let results: Map<string, SignResult[]>;
  try {
    const command = (warmupMs: number) => ({ warmupMs, durationMs: settings.signRoundMs });
    results = await interleave<SignResult>(
      [
        { key: 'ours', worker: workers.ours, command },
        { key: 'official', worker: workers.official, command },
      ],
      {
        rounds: settings.signRounds,
        firstWarmupMs: settings.signWarmupMs,
        warmupMs: Math.min(settings.signWarmupMs, 100),
        onRound: (round) => progress(`signer: round ${round + 1}/${settings.signRounds}`),
      },
    );
  } finally {
    await workers.stopAll();
  }
  const ours = results.get('ours') ?? [];
  const official = results.get('official') ?? [];
  return {
    rows: [
      {
        group: 'Signer',
        label: 'Signatures/s, one at a time: src/auth sign (async API; node:crypto via process.getBuiltinModule on Node) vs official AKSKSigner.sign (node:crypto, sync)',
        measured: perSecond(median(ours.map((r) => r.rate)), 'sig/s'),
        peer: perSecond(median(official.map((r) => r.rate)), 'sig/s'),
        ratio: `${pairedRatio(ours, official).toFixed(2)}×`,
        ...NO_GOAL,
      },
    ],
    notes: [
      `Signer: PUT …/cloud-connections/{id} with the seed body, signed headers content-type;host;x-domain-id;x-sdk-date, a fresh X-Sdk-Date per signature. ` +
        (agreement.agree
          ? 'Both signers produce the identical Authorization header for a pinned date (checked in this run).'
          : `WARNING: the signers disagree for a pinned date (ours ${agreement.ours} / official ${agreement.official}); the comparison is not like for like.`) +
        ' The official call includes its JSON.stringify of the body (it hashes the object); ours hashes the string openapi-fetch already serialized.',
    ],
  };
}
