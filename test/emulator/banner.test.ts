import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliLine, exportLines } from '../../src/emulator/banner.js';
import { root } from '../support/spec.js';

const emulator = {
  url: 'http://127.0.0.1:4010',
  domainId: '0123456789abcdef0123456789abcdef',
  credentials: { accessKey: 'EMULATORDEMOAK000001', secretKey: "it's secret" },
  token: 'emulator-demo-token',
} as Parameters<typeof exportLines>[0];

describe('the lines the emulator prints for the docs\' samples', () => {
  it('exports what the curl, TypeScript and CLI samples read, quoted for the shell where needed', () => {
    expect(exportLines(emulator)).toEqual([
      'export CLOUD_CONNECT_ENDPOINT=http://127.0.0.1:4010',
      'export HUAWEICLOUD_SDK_DOMAIN_ID=0123456789abcdef0123456789abcdef',
      'export HUAWEICLOUD_SDK_AK=EMULATORDEMOAK000001',
      `export HUAWEICLOUD_SDK_SK='it'\\''s secret'`,
      'export CLOUD_CONNECT_TOKEN=emulator-demo-token',
    ]);
  });

  // The test run's global set-up builds packages/cli, as `npm start` does before the emulator starts.
  it('names the CLI built beside it as an alias, since npm links no bin for a workspace built after npm ci', () => {
    expect(cliLine()).toBe(`alias cloud-connect='node ${path.join(root, 'packages', 'cli', 'dist', 'main.js')}'`);
  });
});
