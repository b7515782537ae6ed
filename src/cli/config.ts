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

/** Writes one profile, keeping the others; the file is created and left readable by its owner only (0600). */
export function writeProfile(file: string, name: string, profile: Profile): void {
  const profiles = readProfiles(file);
  profiles.set(name, { ...profiles.get(name), ...profile });
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

const hasEnvKeys = (env: Env) => ['HUAWEICLOUD_SDK_AK', 'HUAWEICLOUD_SDK_SK', 'CLOUD_SDK_AK', 'CLOUD_SDK_SK'].some((name) => env[name]);

/**
 * Credentials, account and endpoint for a call. A named profile (`--profile`, or CLOUD_CONNECT_PROFILE) wins;
 * otherwise the environment's keys as the client reads them, else the `default` profile. `--endpoint` beats
 * CLOUD_CONNECT_ENDPOINT, which beats the profile's `endpoint`.
 */
export function resolveSettings(options: { profile?: string; endpoint?: string }, env: Env = process.env): Settings {
  const file = configPath(env);
  const named = options.profile ?? env.CLOUD_CONNECT_PROFILE;
  const profiles = readProfiles(file);
  const endpointFrom = (profile?: Profile) => options.endpoint ?? (env.CLOUD_CONNECT_ENDPOINT || undefined) ?? profile?.endpoint;
  if (named === undefined && hasEnvKeys(env)) {
    let fromEnv;
    try {
      fromEnv = credentialsFromEnv(env);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const fallback = profiles.get('default');
    const domainId = fromEnv.domainId ?? fallback?.domain_id;
    if (!domainId) throw new UsageError('No account id: set HUAWEICLOUD_SDK_DOMAIN_ID, or run `cloud-connect configure`.');
    return { domainId, credentials: fromEnv.credentials, endpoint: endpointFrom(fallback), source: 'environment' };
  }
  const name = named ?? 'default';
  const profile = profiles.get(name);
  if (!profile) {
    throw new UsageError(
      named === undefined
        ? `No credentials: set HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK and HUAWEICLOUD_SDK_DOMAIN_ID, or run \`cloud-connect configure\` (writes ${file}).`
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
