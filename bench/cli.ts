// Rows: CLI — wall time of fresh `cloud-connect` processes (the built packages/cli/dist/main.js) next to a bare
// `node -e 0`, the floor any Node CLI pays: `--help`, and a signed call answered by a loopback emulator.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startEmulator } from '../src/emulator/index.js';
import { root } from './child.js';
import { median } from './rounds.js';
import { ms, ratio, verdict, type GroupResult, type Settings } from './table.js';

export const CLI_HELP_GOAL_MS = 150;
export const CLI_CALL_GOAL_MS = 300;

function wall(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { env, timeout: 30_000 }, (error, _stdout, stderr) => (error ? reject(new Error(`cloud-connect ${args.slice(1).join(' ')} failed: ${stderr.trim() || error.message}`)) : resolve(performance.now() - started)));
  });
}

export async function cliGroup(settings: Settings): Promise<GroupResult> {
  const bin = path.join(root, 'packages', 'cli', 'dist', 'main.js');
  const emulator = await startEmulator({ port: 0, docsDir: false, log: () => {} });
  try {
    const env = {
      PATH: process.env.PATH,
      HOME: path.join(root, '.tmp'),
      XDG_CONFIG_HOME: path.join(root, '.tmp'),
      HUAWEICLOUD_SDK_AK: emulator.credentials.accessKey,
      HUAWEICLOUD_SDK_SK: emulator.credentials.secretKey,
      HUAWEICLOUD_SDK_DOMAIN_ID: emulator.domainId,
      CLOUD_CONNECT_ENDPOINT: emulator.url,
    };
    const contenders = {
      floor: ['-e', '0'],
      help: [bin, '--help'],
      call: [bin, 'cloud-connections', 'list', '--limit', '10', '--query', 'cloud_connections[].id'],
    };
    const keys = Object.keys(contenders) as (keyof typeof contenders)[];
    if (settings.coldWarmup) for (const key of keys) await wall(contenders[key], env);
    const runs = new Map(keys.map((k) => [k, [] as number[]]));
    for (let i = 0; i < Math.max(settings.coldRuns, 1); i++) {
      for (const key of i % 2 === 0 ? keys : [...keys].reverse()) runs.get(key)!.push(await wall(contenders[key], env));
    }
    const med = (key: keyof typeof contenders) => median(runs.get(key)!);
    const n = `median of ${settings.coldRuns}`;
    return {
      rows: [
        {
          group: 'CLI',
          label: `\`cloud-connect --help\` wall time in a fresh process (${n}) vs \`node -e 0\``,
          measured: ms(med('help')),
          peer: ms(med('floor')),
          ratio: ratio(med('help'), med('floor')),
          goal: `≤ ${CLI_HELP_GOAL_MS} ms`,
          status: verdict(med('help') <= CLI_HELP_GOAL_MS),
        },
        {
          group: 'CLI',
          label: `Signed \`cloud-connect cloud-connections list --limit 10 --query …\` (validate, sign, send, query, print) against the loopback emulator (${n}) vs \`node -e 0\``,
          measured: ms(med('call')),
          peer: ms(med('floor')),
          ratio: ratio(med('call'), med('floor')),
          goal: `≤ ${CLI_CALL_GOAL_MS} ms`,
          status: verdict(med('call') <= CLI_CALL_GOAL_MS),
        },
      ],
      notes: [
        'CLI: wall time from spawn to exit of the built entry (packages/cli/dist/main.js), runs alternating with a bare `node -e 0`, which is the floor of any Node CLI on this machine. KooCLI (hcloud) cannot be installed here (no download but the npm registry) and publishes no start-up figure, so the peer column is the Node floor, not KooCLI.',
      ],
    };
  } finally {
    await emulator.close();
  }
}
