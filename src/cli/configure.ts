import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';
import { configPath, readProfiles, writeProfile } from './config.js';
import { UsageError } from './errors.js';

export interface ConfigureOptions {
  profile: string;
  accessKey?: string;
  domainId?: string;
  endpoint?: string;
  /** Prompt for an IAM token instead of an access key pair. */
  token?: boolean;
}

/** Lines of standard input when it is not a terminal (scripts pipe the answers), read once. */
async function pipedLines(): Promise<string[]> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/);
}

/**
 * Asks on stderr and reads the answer; the secret key is never echoed. Without a terminal the answers come
 * from standard input, one per line, in the order asked.
 */
async function asker(): Promise<{ ask: (question: string, secret: boolean) => Promise<string>; close: () => void }> {
  if (!process.stdin.isTTY) {
    const lines = await pipedLines();
    const ask = async (question: string) => {
      process.stderr.write(`${question}\n`);
      return (lines.shift() ?? '').trim();
    };
    return { ask, close: () => {} };
  }
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  const ask = async (question: string, secret: boolean) => {
    process.stderr.write(question);
    muted = secret;
    const answer = await rl.question('');
    muted = false;
    if (secret) process.stderr.write('\n');
    return answer.trim();
  };
  return { ask, close: () => rl.close() };
}

/**
 * `cloud-connect configure`: writes a profile with mode 0600; the secret key (or, with `--token`, the IAM token) is
 * only ever prompted for, never a flag, so it stays out of the shell's history.
 */
export async function configure(options: ConfigureOptions): Promise<string> {
  const file = configPath();
  const existing = readProfiles(file).get(options.profile) ?? {};
  const { ask, close } = await asker();
  const keep = (value: string | undefined) => (value ? ` [${value}]` : '');
  let secrets: Record<string, string | undefined>;
  if (options.token) {
    secrets = { token: (await ask(`IAM token${existing.token ? ' [keep]' : ''}: `, true)) || existing.token };
  } else {
    const accessKey = options.accessKey ?? ((await ask(`Access key${keep(existing.access_key)}: `, false)) || existing.access_key);
    const secretKey = (await ask(`Secret key${existing.secret_key ? ' [keep]' : ''}: `, true)) || existing.secret_key;
    secrets = { access_key: accessKey, secret_key: secretKey };
  }
  const domainId = options.domainId ?? ((await ask(`Account (domain) id${keep(existing.domain_id)}: `, false)) || existing.domain_id);
  const endpoint = options.endpoint ?? ((await ask(`Endpoint${keep(existing.endpoint ?? 'https://cc.myhuaweicloud.com')}: `, false)) || existing.endpoint);
  close();
  const labels: Record<string, string> = { token: 'IAM token', access_key: 'access key', secret_key: 'secret key' };
  const missing = [...Object.entries(secrets).filter(([, value]) => !value).map(([key]) => labels[key]), !domainId && 'account (domain) id'].filter(Boolean);
  if (missing.length > 0) throw new UsageError(`configure: no ${missing.join(', ')} given; nothing was written.`);
  // A profile holds one kind of credentials: writing a token drops the key pair, and the other way round.
  writeProfile(file, options.profile, { ...(secrets as Record<string, string>), domain_id: domainId!, ...(endpoint ? { endpoint } : {}) }, options.token ? ['access_key', 'secret_key', 'security_token'] : ['token']);
  return `Profile "${options.profile}" written to ${file} (mode 0600).`;
}
