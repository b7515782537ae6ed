import { existsSync, readFileSync, statSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TOKEN, startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { configPath } from '../../src/cli/config.js';
import { cli, DEMO, json, tempHome } from './support.js';

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, docsDir: false, log: () => {} });
});

afterAll(async () => {
  await emulator.close();
});

const ENV_DOMAIN = DEMO.HUAWEICLOUD_SDK_DOMAIN_ID;
const PROFILE_DOMAIN = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const OTHER_DOMAIN = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
const TOKEN = 'MIIZtokenvalue-from-env-0123456789';

/** A config dir holding a `default` profile (an access key) and an `other` profile (an IAM token), mode 0600. */
function homeWithProfiles(): string {
  const home = tempHome();
  mkdirSync(path.join(home, 'cloud-connect'), { recursive: true });
  writeFileSync(
    path.join(home, 'cloud-connect', 'config'),
    `[default]\naccess_key = PROFILEAK00000000001\nsecret_key = profile-secret\ndomain_id = ${PROFILE_DOMAIN}\nendpoint = http://127.0.0.1:4101\n\n[other]\ntoken = profile-token-value\ndomain_id = ${OTHER_DOMAIN}\nendpoint = http://127.0.0.1:4102\n`,
    { mode: 0o600 },
  );
  return home;
}

/** What the dry run shows of where the call goes and how it authenticates: the request line and the auth header. */
function seen(stdout: string): [string, string] {
  const lines = stdout.split('\n');
  const auth = lines.find((line) => /^(authorization|x-auth-token): /.test(line)) ?? '(none)';
  return [lines[0]!, auth.replace(/, SignedHeaders=.*$/, '')];
}

const KEYS = { HUAWEICLOUD_SDK_AK: DEMO.HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK: DEMO.HUAWEICLOUD_SDK_SK };
const list = (endpoint: string, domain: string) => `GET ${endpoint}/v3/${domain}/ccaas/cloud-connections`;
const signedBy = (ak: string) => `authorization: SDK-HMAC-SHA256 Access=${ak}`;
const byToken = 'x-auth-token: [redacted]';

describe('where credentials, account and endpoint come from: flag > environment > profile', { timeout: 120_000 }, () => {
  it.each([
    ['the default profile alone', [], {}, list('http://127.0.0.1:4101', PROFILE_DOMAIN), signedBy('PROFILEAK00000000001')],
    ['an access key in the environment beats the profile; the profile still gives the endpoint', [], { ...KEYS, HUAWEICLOUD_SDK_DOMAIN_ID: ENV_DOMAIN }, list('http://127.0.0.1:4101', ENV_DOMAIN), signedBy(DEMO.HUAWEICLOUD_SDK_AK)],
    ['the Huawei samples\' CLOUD_SDK_AK pair', [], { CLOUD_SDK_AK: 'SAMPLEPAIRAK00000001', CLOUD_SDK_SK: 's' }, list('http://127.0.0.1:4101', PROFILE_DOMAIN), signedBy('SAMPLEPAIRAK00000001')],
    ['an IAM token in the environment beats the profile, the account id from the profile', [], { CLOUD_CONNECT_TOKEN: TOKEN }, list('http://127.0.0.1:4101', PROFILE_DOMAIN), byToken],
    ['an IAM token with HUAWEICLOUD_SDK_DOMAIN_ID', [], { CLOUD_CONNECT_TOKEN: TOKEN, HUAWEICLOUD_SDK_DOMAIN_ID: ENV_DOMAIN }, list('http://127.0.0.1:4101', ENV_DOMAIN), byToken],
    ['an access key pair beats a token when both are set (as npm start exports them)', [], { ...KEYS, CLOUD_CONNECT_TOKEN: TOKEN }, list('http://127.0.0.1:4101', PROFILE_DOMAIN), signedBy(DEMO.HUAWEICLOUD_SDK_AK)],
    ['--profile beats keys and a token in the environment', ['--profile', 'other'], { ...KEYS, CLOUD_CONNECT_TOKEN: TOKEN, HUAWEICLOUD_SDK_DOMAIN_ID: ENV_DOMAIN }, list('http://127.0.0.1:4102', OTHER_DOMAIN), byToken],
    ['CLOUD_CONNECT_PROFILE picks the profile when the environment has no credentials', [], { CLOUD_CONNECT_PROFILE: 'other' }, list('http://127.0.0.1:4102', OTHER_DOMAIN), byToken],
    ['credentials in the environment beat CLOUD_CONNECT_PROFILE, which still gives the account and endpoint', [], { ...KEYS, CLOUD_CONNECT_PROFILE: 'other' }, list('http://127.0.0.1:4102', OTHER_DOMAIN), signedBy(DEMO.HUAWEICLOUD_SDK_AK)],
    ['CLOUD_CONNECT_ENDPOINT beats the profile\'s endpoint', [], { CLOUD_CONNECT_ENDPOINT: 'http://127.0.0.1:4103' }, list('http://127.0.0.1:4103', PROFILE_DOMAIN), signedBy('PROFILEAK00000000001')],
    ['--endpoint beats CLOUD_CONNECT_ENDPOINT', ['--endpoint', 'http://127.0.0.1:4104'], { CLOUD_CONNECT_ENDPOINT: 'http://127.0.0.1:4103' }, list('http://127.0.0.1:4104', PROFILE_DOMAIN), signedBy('PROFILEAK00000000001')],
  ])('%s', async (_case, flags, env, request, auth) => {
    const result = await cli(['cloud-connections', 'list', '--dry-run', ...flags], { XDG_CONFIG_HOME: homeWithProfiles(), ...env });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(seen(result.stdout)).toEqual([request, auth]);
    for (const secret of [TOKEN, 'profile-token-value', 'profile-secret', DEMO.HUAWEICLOUD_SDK_SK]) expect(result.stdout).not.toContain(secret);
  });

  it.each([
    ['uses CLOUD_CONNECT_TOKEN even when an access key pair is set', { ...KEYS, CLOUD_CONNECT_TOKEN: TOKEN }, byToken, ''],
    ['is signed with the access key when there is no token, and says so', KEYS, signedBy(DEMO.HUAWEICLOUD_SDK_AK), 'note: Huawei documents an IAM token (X-Auth-Token) as mandatory for ListGcbTenantTags; this call is signed with the access key instead. Set CLOUD_CONNECT_TOKEN, or use a profile written by `cloud-connect configure --token`.\n'],
  ])('an operation Huawei only takes a token for (ListGcbTenantTags) %s', async (_case, env, auth, stderr) => {
    const result = await cli(['global-connection-bandwidth-tag', 'list-gcb-tenant-tags', '--dry-run'], { XDG_CONFIG_HOME: homeWithProfiles(), ...env });
    expect(result.stderr).toBe(stderr);
    expect(seen(result.stdout)).toEqual(['GET http://127.0.0.1:4101/v3/gcb/tags', auth]);
  });

  it.each([
    ['a token with a line break', { CLOUD_CONNECT_TOKEN: 'abc\ndef', HUAWEICLOUD_SDK_DOMAIN_ID: ENV_DOMAIN }, 'error: CLOUD_CONNECT_TOKEN contains whitespace or a non-ASCII/control character; copy the token again without line breaks.\n'],
    ['half an access key pair', { HUAWEICLOUD_SDK_AK: 'AK', HUAWEICLOUD_SDK_DOMAIN_ID: ENV_DOMAIN }, 'error: HUAWEICLOUD_SDK_SK is not set although HUAWEICLOUD_SDK_AK is: set both (accepted pairs: HUAWEICLOUD_SDK_AK + HUAWEICLOUD_SDK_SK, or CLOUD_SDK_AK + CLOUD_SDK_SK (as in Huawei\'s samples)).\n'],
    ['a token without an account id', { CLOUD_CONNECT_TOKEN: TOKEN }, 'error: No account id: set HUAWEICLOUD_SDK_DOMAIN_ID, or run `cloud-connect configure`.\n'],
  ])('%s is a usage error naming the variable (exit 2), never its value', async (_case, env, stderr) => {
    const result = await cli(['cloud-connections', 'list', '--endpoint', emulator.url], { XDG_CONFIG_HOME: tempHome(), ...env });
    expect(result).toEqual({ code: 2, stdout: '', stderr });
  });
});

describe('an IAM token against the emulator', { timeout: 120_000 }, () => {
  const env = { HUAWEICLOUD_SDK_DOMAIN_ID: ENV_DOMAIN };

  it('CLOUD_CONNECT_TOKEN authenticates a call; a wrong one is a 401 (exit 3) that never echoes it', async () => {
    const created = await cli(['cloud-connections', 'create', '--name', 'by-token', '--endpoint', emulator.url, '--query', 'cloud_connection.name'], { ...env, CLOUD_CONNECT_TOKEN: DEMO_TOKEN });
    expect(created.stderr).toBe('');
    expect(json<string>(created)).toBe('by-token');
    const refused = await cli(['cloud-connections', 'list', '--endpoint', emulator.url], { ...env, CLOUD_CONNECT_TOKEN: 'not-the-token' });
    expect(refused.code).toBe(3);
    expect(refused.stderr).toMatch(/^error: ListCloudConnections failed with HTTP 401\n {2}error_code: APIGW\.0301\n {2}error_msg: {2}Incorrect IAM authentication information: decrypt token fail\n/);
    expect(refused.stdout + refused.stderr).not.toContain('not-the-token');
  });

  it('configure --token prompts for the token, writes it mode 0600 in place of a key pair, and the profile then calls with it', async () => {
    const home = tempHome();
    const file = path.join(home, 'cloud-connect', 'config');
    await cli(['configure', '--access-key', 'SOMEAK', '--domain-id', ENV_DOMAIN, '--endpoint', emulator.url], { XDG_CONFIG_HOME: home }, 'some-secret\n');
    const result = await cli(['configure', '--token', '--domain-id', ENV_DOMAIN, '--endpoint', emulator.url], { XDG_CONFIG_HOME: home }, `${DEMO_TOKEN}\n`);
    expect(result).toEqual({ code: 0, stdout: '', stderr: `IAM token: \nProfile "default" written to ${file} (mode 0600).\n` });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toBe(`[default]\ndomain_id = ${ENV_DOMAIN}\nendpoint = ${emulator.url}\ntoken = ${DEMO_TOKEN}\n`);
    const listed = await cli(['cloud-connections', 'list', '--query', 'cloud_connections[].name'], { XDG_CONFIG_HOME: home });
    expect(listed.stderr).toBe('');
    expect(json(listed)).toEqual(['by-token']);
  });
});

describe('secrets stay off the command line and out of the output', { timeout: 120_000 }, () => {
  it.each([
    ['a secret key as a flag', ['configure', '--secret-key', 'typed-secret'], "error: unknown option '--secret-key'\n"],
    ['a token as a flag value', ['configure', '--token', 'typed-token'], "error: too many arguments for 'configure'. Expected 0 arguments but got 1.\n"],
  ])('configure refuses %s (exit 2) and writes nothing', async (_case, args, stderr) => {
    const home = tempHome();
    expect(await cli(args, { XDG_CONFIG_HOME: home })).toEqual({ code: 2, stdout: '', stderr });
    expect(existsSync(path.join(home, 'cloud-connect', 'config'))).toBe(false);
  });

  it('--dry-run redacts the signature in the curl line too, and prints no secret anywhere', async () => {
    const env = { ...DEMO, HUAWEICLOUD_SDK_SECURITY_TOKEN: 'temporary-security-token' };
    const result = await cli(['cloud-connections', 'create', '--name', 'dry', '--dry-run', '--endpoint', emulator.url], env);
    expect(result.code).toBe(0);
    const curl = result.stdout.slice(result.stdout.indexOf('curl '));
    expect(curl).toMatch(/ {2}-H 'authorization: SDK-HMAC-SHA256 Access=EMULATORDEMOAK000001, SignedHeaders=[a-z;-]+, Signature=\[redacted\]' \\\n/);
    expect(curl).toContain("  -H 'x-security-token: [redacted]' \\\n");
    for (const secret of [DEMO.HUAWEICLOUD_SDK_SK, 'temporary-security-token', DEMO.CLOUD_CONNECT_TOKEN]) expect(result.stdout + result.stderr).not.toContain(secret);
  });
});

describe('where the config file lives', () => {
  it.each([
    [{ XDG_CONFIG_HOME: '/srv/conf' }, '/srv/conf/cloud-connect/config'],
    // The XDG spec says a relative path is invalid and to be ignored.
    [{ XDG_CONFIG_HOME: 'relative/conf' }, path.join(os.homedir(), '.config', 'cloud-connect', 'config')],
    [{}, path.join(os.homedir(), '.config', 'cloud-connect', 'config')],
  ])('%j → %s', (env, want) => {
    expect(configPath(env)).toBe(want);
  });
});
