import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { banner, cliLine, exportLines } from '../../src/emulator/banner.js';
import type { RunningEmulator } from '../../src/emulator/index.js';
import { root } from '../support/spec.js';

const emulatorWith = (secretKey: string): RunningEmulator => ({
  url: 'http://127.0.0.1:4010',
  docsUrl: undefined,
  domainId: '0123456789abcdef0123456789abcdef',
  credentials: { accessKey: 'EMULATORDEMOAK000001', secretKey },
  token: 'emulator-demo-token',
  accounts: [],
  close: async () => {},
});

describe("the emulator's export lines", () => {
  it.each([
    { secretKey: 'emulator-demo-secret-key-not-for-production', line: 'export HUAWEICLOUD_SDK_SK=emulator-demo-secret-key-not-for-production' },
    { secretKey: "it's a $ecret key", line: `export HUAWEICLOUD_SDK_SK='it'\\''s a $ecret key'` },
  ])('quote $secretKey only as a shell needs, and a shell reads it back unchanged', ({ secretKey, line }) => {
    const lines = exportLines(emulatorWith(secretKey));
    expect(lines).toEqual([
      'export CLOUD_CONNECT_ENDPOINT=http://127.0.0.1:4010',
      'export HUAWEICLOUD_SDK_DOMAIN_ID=0123456789abcdef0123456789abcdef',
      'export HUAWEICLOUD_SDK_AK=EMULATORDEMOAK000001',
      line,
      'export CLOUD_CONNECT_TOKEN=emulator-demo-token',
    ]);
    expect(execFileSync('bash', ['--norc', '--noprofile', '-c', `${lines.join('\n')}\nprintf %s "$HUAWEICLOUD_SDK_SK"`], { encoding: 'utf8', env: { PATH: process.env.PATH } })).toBe(secretKey);
  });

  it.each([
    { seeded: true, says: "Seeded with the spec's examples (--seed examples)" },
    { seeded: false, says: 'Empty (no --seed)' },
  ])('appear in the banner, which says what the emulator holds (seeded: $seeded)', ({ seeded, says }) => {
    const text = banner(emulatorWith('sk'), { seeded });
    expect([text.includes(says), text.includes('\nexport CLOUD_CONNECT_ENDPOINT=http://127.0.0.1:4010\n')]).toEqual([true, true]);
  });
});

describe('the CLI line of the banner', () => {
  // The test run's global set-up builds packages/cli, as `npm start` does before the emulator starts.
  it('names the CLI built beside the emulator as an alias, since npm links no bin for a workspace built after npm ci', () => {
    expect(cliLine()).toBe(`alias cloud-connect='node ${path.join(root, 'packages', 'cli', 'dist', 'main.js')}'`);
  });
});
