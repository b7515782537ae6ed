import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { credentialsFromEnv, type Credentials } from '../index.js';
import { UsageError } from './errors.js';

type Env = Readonly<Record<string, string | undefined>>;
export type Profile = Record<string, string>;

/** `$XDG_CONFIG_HOME/cloud-connect/config`, else `~/.config/cloud-connect/config`. */
export function configPath(env: Env = process.env): string {
  const base = env.XDG_CONFIG_HOME && path.isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : path.join(os.homedir(), '.config');
  return path.join(base, 'cloud-connect', 'config');
}

/** The config file: INI sections named after profiles, `key = value` lines, `#` comments. */
export function parseConfig(text: string): Map<string, Profile> {
  const profiles = new Map<string, Profile>();
  let current: Profile | undefined;
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';')) continue;
    const header = /^\[\s*([^\]]+?)\s*\]$/.exec(trimmed);
    if (header) {
      current = profiles.get(header[1]!) ?? {};
      profiles.set(header[1]!, current);
      continue;
    }
    const eq = trimmed.indexOf('=');
    if (current && eq > 0) current[trimmed.slice(0, eq).trim()] = trimmed.slice(eq + 1).trim();
  }
  return profiles;
}

export function serializeConfig(profiles: ReadonlyMap<string, Profile>): string {
  return [...profiles].map(([name, values]) => `[${name}]\n${Object.entries(values).map(([k, v]) => `${k} = ${v}`).join('\n')}\n`).join('\n');
}

export function readProfiles(file: string): Map<string, Profile> {
  return existsSync(file) ? parseConfig(readFileSync(file, 'utf8')) : new Map();
}

/**
 * Writes one profile, keeping the others and the profile's other keys except `drop`; the file is created and
 * left readable by its owner only (0600).
 */
export function writeProfile(file: string, name: string, profile: Profile, drop: readonly string[] = []): void {
  const profiles = readProfiles(file);
  const kept = Object.fromEntries(Object.entries(profiles.get(name) ?? {}).filter(([key]) => !drop.includes(key)));
  profiles.set(name, { ...kept, ...profile });
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  writeFileSync(file, serializeConfig(profiles), { mode: 0o600 });
  chmodSync(file, 0o600);
}

export interface Settings {
  domainId: string;
  credentials: Credentials;
  endpoint?: string;
  /** Where the credentials came from, for messages: `environment` or `profile "name"`. */
  source: string;
}

const KEY_VARIABLES = ['HUAWEICLOUD_SDK_AK', 'HUAWEICLOUD_SDK_SK', 'CLOUD_SDK_AK', 'CLOUD_SDK_SK'];
/** The IAM token variable the emulator's banner exports and the docs' curl samples send as `X-Auth-Token`. */
export const TOKEN_VARIABLE = 'CLOUD_CONNECT_TOKEN';
const TOKEN_SAFE = /^[\x21-\x7e]+$/;

/**
 * Credentials from the environment: an access key pair as the client's `credentialsFromEnv()` reads it (with
 * HUAWEICLOUD_SDK_SECURITY_TOKEN), else an IAM token in CLOUD_CONNECT_TOKEN; undefined when neither is set.
 */
function environmentCredentials(env: Env, preferToken: boolean): { credentials: Credentials; domainId?: string; from: string } | undefined {
  if (KEY_VARIABLES.some((name) => env[name]) && !(preferToken && env[TOKEN_VARIABLE])) {
    try {
      const found = credentialsFromEnv(env);
      return { ...found, from: 'environment (access key)' };
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  }
  const token = env[TOKEN_VARIABLE];
  if (!token) return undefined;
  // The message names the variable, never its value.
  if (!TOKEN_SAFE.test(token)) throw new UsageError(`${TOKEN_VARIABLE} contains whitespace or a non-ASCII/control character; copy the token again without line breaks.`);
  return { credentials: { token }, domainId: env.HUAWEICLOUD_SDK_DOMAIN_ID || undefined, from: `environment (${TOKEN_VARIABLE})` };
}

/**
 * Credentials, account and endpoint for a call, flag > environment > profile: `--profile` picks a profile and wins;
 * else credentials in the environment (an access key pair as the client reads them, else the IAM token in
 * CLOUD_CONNECT_TOKEN; the token first for an operation Huawei only accepts a token for, `preferToken`); else the
 * profile CLOUD_CONNECT_PROFILE names, or `default`. `--endpoint` beats CLOUD_CONNECT_ENDPOINT, which beats the
 * profile's `endpoint`.
 */
export function resolveSettings(options: { profile?: string; endpoint?: string; preferToken?: boolean }, env: Env = process.env): Settings {
  const file = configPath(env);
  const named = options.profile ?? (env.CLOUD_CONNECT_PROFILE || undefined);
  const profiles = readProfiles(file);
  const endpointFrom = (profile?: Profile) => options.endpoint ?? (env.CLOUD_CONNECT_ENDPOINT || undefined) ?? profile?.endpoint;
  const fromEnv = options.profile === undefined ? environmentCredentials(env, options.preferToken === true) : undefined;
  if (fromEnv) {
    const fallback = profiles.get(named ?? 'default');
    const domainId = fromEnv.domainId ?? fallback?.domain_id;
    if (!domainId) throw new UsageError('No account id: set HUAWEICLOUD_SDK_DOMAIN_ID, or run `cloud-connect configure`.');
    return { domainId, credentials: fromEnv.credentials, endpoint: endpointFrom(fallback), source: fromEnv.from };
  }
  const name = named ?? 'default';
  const profile = profiles.get(name);
  if (!profile) {
    throw new UsageError(
      named === undefined
        ? `No credentials: set HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK (or ${TOKEN_VARIABLE}) and HUAWEICLOUD_SDK_DOMAIN_ID, or run \`cloud-connect configure\` (writes ${file}).`
        : `No profile "${name}" in ${file}; run \`cloud-connect configure --profile ${name}\`.`,
    );
  }
  const credentials: Credentials | undefined = profile.token
    ? { token: profile.token }
    : profile.access_key && profile.secret_key
      ? { accessKey: profile.access_key, secretKey: profile.secret_key, ...(profile.security_token ? { securityToken: profile.security_token } : {}) }
      : undefined;
  if (!credentials) throw new UsageError(`Profile "${name}" in ${file} has no access_key and secret_key (or token); run \`cloud-connect configure --profile ${name}\`.`);
  if (!profile.domain_id) throw new UsageError(`Profile "${name}" in ${file} has no domain_id; run \`cloud-connect configure --profile ${name}\`.`);
  return { domainId: profile.domain_id, credentials, endpoint: endpointFrom(profile), source: `profile "${name}"` };
}
