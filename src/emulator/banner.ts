import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunningEmulator } from './index.js';

/** Quotes a value for a POSIX shell only when it needs it, so the usual ids and URLs stay readable. */
function shellValue(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/** The variables the docs' samples and `credentialsFromEnv()` read, as lines to paste into a shell. */
export function exportLines(emulator: RunningEmulator): string[] {
  const variables: [string, string][] = [
    ['CLOUD_CONNECT_ENDPOINT', emulator.url],
    ['HUAWEICLOUD_SDK_DOMAIN_ID', emulator.domainId],
    ['HUAWEICLOUD_SDK_AK', emulator.credentials.accessKey],
    ['HUAWEICLOUD_SDK_SK', emulator.credentials.secretKey],
    ['CLOUD_CONNECT_TOKEN', emulator.token],
  ];
  return variables.map(([name, value]) => `export ${name}=${shellValue(value)}`);
}

/**
 * In this repository the `cloud-connect` CLI is built beside the emulator (packages/cli), but npm links no bin for a
 * workspace package that was not built yet at `npm ci`: the banner gives the alias that makes the docs' CLI samples
 * run. Installed on its own, the emulator has no CLI beside it and names the package instead.
 */
export function cliLine(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  // packages/emulator/dist → packages/cli/dist once built; src/emulator → packages/cli/dist under tsx.
  const built = [path.join(here, '..', '..', 'cli', 'dist', 'main.js'), path.join(here, '..', '..', 'packages', 'cli', 'dist', 'main.js')].find((file) => existsSync(file));
  return built ? `alias cloud-connect=${shellValue(`node ${built}`)}` : '# the CLI samples need cloud-connect: npm install -g cloud-connect-cli';
}

/** What the command-line emulator prints once it listens: where it is, what it holds, and how to reach it. */
export function banner(emulator: RunningEmulator, options: { seeded: boolean }): string {
  const { url, docsUrl, domainId, credentials, token } = emulator;
  const holds = options.seeded
    ? "Seeded with the spec's examples (--seed examples): the resources the docs' samples name exist."
    : 'Empty (no --seed): the docs\' samples that name existing resources answer 404; start with --seed examples for them.';
  return `Cloud Connect emulator listening on ${url}
${docsUrl ? `Documentation:  ${docsUrl}\n` : ''}Domain id:      ${domainId}
Access key:     ${credentials.accessKey}
Secret key:     ${credentials.secretKey}
IAM token:      ${token}
${holds}

The docs' curl, TypeScript and CLI samples read these variables; paste them into the shell you run them from:

${exportLines(emulator).join('\n')}
${cliLine()}

Try it (Ctrl-C stops the emulator):

  curl -sS "$CLOUD_CONNECT_ENDPOINT/v3/$HUAWEICLOUD_SDK_DOMAIN_ID/ccaas/cloud-connections" -H "X-Auth-Token: $CLOUD_CONNECT_TOKEN"

  import { createCloudConnectClient } from 'cloud-connect-kit';

  const cc = createCloudConnectClient({
    endpoint: '${url}',
    domainId: '${domainId}',
    credentials: { accessKey: '${credentials.accessKey}', secretKey: '${credentials.secretKey}' },
  });
  const { cloud_connection } = await cc.createCloudConnection({ body: { cloud_connection: { name: 'demo' } } });
  console.log(await cc.showCloudConnection({ id: cloud_connection.id }));
`;
}
