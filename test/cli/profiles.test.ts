import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { cli, DEMO, json, tempHome } from './support.js';

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, docsDir: false, log: () => {} });
});

afterAll(async () => {
  await emulator.close();
});

describe('profiles in $XDG_CONFIG_HOME/cloud-connect/config', { timeout: 120_000 }, () => {
  it('configure prompts for the secret (read from stdin here), writes mode 0600, never prints the secret', async () => {
    const home = tempHome();
    const answers = `${DEMO.HUAWEICLOUD_SDK_SK}\n`;
    const result = await cli(['configure', '--profile', 'emu', '--access-key', DEMO.HUAWEICLOUD_SDK_AK, '--domain-id', DEMO.HUAWEICLOUD_SDK_DOMAIN_ID, '--endpoint', emulator.url], { XDG_CONFIG_HOME: home }, answers);
    expect(result.code).toBe(0);
    const file = path.join(home, 'cloud-connect', 'config');
    expect(result.stderr).toBe(`Secret key: \nProfile "emu" written to ${file} (mode 0600).\n`);
    expect(result.stdout).toBe('');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toBe(
      `[emu]\naccess_key = ${DEMO.HUAWEICLOUD_SDK_AK}\nsecret_key = ${DEMO.HUAWEICLOUD_SDK_SK}\ndomain_id = ${DEMO.HUAWEICLOUD_SDK_DOMAIN_ID}\nendpoint = ${emulator.url}\n`,
    );

    const created = await cli(['cloud-connections', 'create', '--name', 'via-profile', '--profile', 'emu', '--query', 'cloud_connection.name'], { XDG_CONFIG_HOME: home });
    expect(json<string>(created)).toBe('via-profile');
    // CLOUD_CONNECT_PROFILE names the profile too (credentials.test.ts has the whole order of precedence).
    const named = await cli(['cloud-connections', 'list', '--query', 'cloud_connections[].name'], { XDG_CONFIG_HOME: home, CLOUD_CONNECT_PROFILE: 'emu' });
    expect(json(named)).toEqual(['via-profile']);

    // --endpoint beats the profile's endpoint: nothing listens on port 9, so the call fails with a network error.
    const elsewhere = await cli(['cloud-connections', 'list', '--profile', 'emu', '--endpoint', 'http://127.0.0.1:9'], { XDG_CONFIG_HOME: home });
    expect(elsewhere.code).toBe(4);
    expect(elsewhere.stderr).toContain('ListCloudConnections got no answer');
    expect(elsewhere.stderr).not.toContain(DEMO.HUAWEICLOUD_SDK_SK);
    const fromEnv = await cli(['cloud-connections', 'list', '--profile', 'emu'], { XDG_CONFIG_HOME: home, CLOUD_CONNECT_ENDPOINT: 'http://127.0.0.1:9' });
    expect(fromEnv.code).toBe(4);
  });

  it('the default profile is used without --profile when the environment has no keys; env keys win otherwise', async () => {
    const home = tempHome();
    await cli(['configure', '--access-key', 'WRONGAK0000000000001', '--domain-id', DEMO.HUAWEICLOUD_SDK_DOMAIN_ID, '--endpoint', emulator.url], { XDG_CONFIG_HOME: home }, 'wrong-secret\n');
    const fromProfile = await cli(['cloud-connections', 'list'], { XDG_CONFIG_HOME: home });
    expect(fromProfile.code).toBe(3);
    expect(fromProfile.stderr).toMatch(/^error: ListCloudConnections failed with HTTP 401\n {2}error_code: APIGW\.\d+\n/);
    const fromEnv = await cli(['cloud-connections', 'list', '--query', 'cloud_connections'], { XDG_CONFIG_HOME: home, ...DEMO });
    expect(fromEnv.code).toBe(0);
  });

  it.each([
    ['a profile that does not exist', ['--profile', 'nope'], 'No profile "nope" in '],
    ['no credentials at all', [], 'No credentials: set HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK (or CLOUD_CONNECT_TOKEN) and HUAWEICLOUD_SDK_DOMAIN_ID, or run `cloud-connect configure`'],
  ])('%s is a usage error (exit 2)', async (_case, flags, message) => {
    const result = await cli(['cloud-connections', 'list', ...flags], { XDG_CONFIG_HOME: tempHome() });
    expect(result.stderr).toContain(message);
    expect(result.code).toBe(2);
  });

  it('configure refuses to write a profile without a secret key', async () => {
    const home = tempHome();
    const result = await cli(['configure', '--access-key', 'AK', '--domain-id', DEMO.HUAWEICLOUD_SDK_DOMAIN_ID, '--endpoint', emulator.url], { XDG_CONFIG_HOME: home }, '\n');
    expect(result.stderr).toContain('configure: no secret key given; nothing was written.');
    expect(result.code).toBe(2);
  });
});
