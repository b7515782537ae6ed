#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { banner } from './banner.js';
import { FAULT_USAGE, SERVICE_FLAGS, SERVICE_USAGE, serviceOptions } from './flags.js';
import { startEmulator } from './index.js';

const USAGE = `Usage: cloud-connect-emulator [options]

Runs a local emulator of Huawei Cloud Connect API v3.

  --host <address>         interface to listen on (default 127.0.0.1)
  --port <number>          port (default $PORT, else 4010; 0 picks a free one)
  --data-file <path>       keep the state in this JSON file across restarts; every write is on
                           disk before it is answered
  --async-delay-ms <ms>    how long 202 operations take (default 1500)
  --quota <number>         cloud connections per account (default 10)
  --seed examples          start with the resources of the spec's examples, which the docs' samples use
                           (npm start passes it)
  --spec <path>            bundled OpenAPI document to serve (default: the package's)
  --docs <dir>             folder served at /docs (default: the package's generated/docs)
${SERVICE_USAGE}
  -h, --help               show this text

${FAULT_USAGE}`;

function number(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${name} must be a whole number of at least 0, got ${JSON.stringify(value)}.`);
  return parsed;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      host: { type: 'string' },
      port: { type: 'string' },
      'data-file': { type: 'string' },
      'async-delay-ms': { type: 'string' },
      quota: { type: 'string' },
      seed: { type: 'string' },
      spec: { type: 'string' },
      docs: { type: 'string' },
      ...SERVICE_FLAGS,
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (values.seed !== undefined && values.seed !== 'examples') throw new Error(`--seed takes "examples", got ${JSON.stringify(values.seed)}.`);
  const emulator = await startEmulator({
    host: values.host ?? '127.0.0.1',
    port: number(values.port ?? process.env.PORT, '--port', 4010),
    dataFile: values['data-file'],
    asyncDelayMs: number(values['async-delay-ms'], '--async-delay-ms', 1500),
    quotas: values.quota === undefined ? undefined : { cloud_connection: number(values.quota, '--quota', 10) },
    seed: values.seed,
    specPath: values.spec,
    docsDir: values.docs,
    ...serviceOptions(values),
  });
  console.log(banner(emulator, { seeded: values.seed === 'examples' }));

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: finishing requests in flight and saving state…`);
    emulator.close().then(
      () => {
        console.log('Stopped.');
        process.exit(0);
      },
      (error: unknown) => {
        console.error(`Stopping failed: ${(error as Error).message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`cloud-connect-emulator: ${(error as Error).message}\n\n${USAGE}`);
  process.exit(1);
});
