import type { AccountOptions } from './auth.js';
import type { FaultOptions } from './faults.js';
import type { EmulatorOptions } from './index.js';

// Reads the command-line flags of accounts, CORS, faults and limits into `startEmulator` options. Kept apart from
// cli.ts so the parsing is testable without starting a process.

export const SERVICE_FLAGS = {
  account: { type: 'string', multiple: true },
  'cors-origin': { type: 'string', multiple: true },
  'max-body-bytes': { type: 'string' },
  'throttle-rate': { type: 'string' },
  'retry-after': { type: 'string' },
  'error-rate': { type: 'string' },
  'latency-ms': { type: 'string' },
  lockout: { type: 'string' },
  'fault-seed': { type: 'string' },
} as const;

export const SERVICE_USAGE = `  --account <domain_id>:<access_key>:<secret_key>[:<token>]
                           serve this account (repeat for several; each sees only its own
                           resources); replaces the demo account
  --cors-origin <origin>   browser origin allowed to call (repeatable): https://app.example.com,
                           http://host:* for any port, or *; default: http://localhost:*,
                           http://127.0.0.1:*, http://[::1]:*
  --max-body-bytes <n>     largest request body; larger ones get 413 (default 1048576)`;

export const FAULT_USAGE = `Faults on demand, to test retry logic (all off by default):
  --throttle-rate <0-1>    share of API requests answered 429 APIGW.0308 with Retry-After
  --retry-after <s>        the Retry-After of those 429s, in seconds (default 2)
  --error-rate <0-1>       share of API requests answered 502 APIGW.0202 (backend unavailable)
  --latency-ms <ms>        delay before every API answer: a number, or <min>-<max> drawn evenly
  --lockout <n>[:<s>]      lock an access key for <s> seconds (default 300) after more than <n>
                           bad signatures in a row, as the gateway does (Huawei: 5, 300)
  --fault-seed <n>         seed of the draws deciding which requests fail (default 1)`;

type Values = { [K in keyof typeof SERVICE_FLAGS]?: (typeof SERVICE_FLAGS)[K] extends { multiple: true } ? string[] : string };

function number(value: string, flag: string, check: (n: number) => boolean, what: string): number {
  const parsed = Number(value);
  if (value.trim() === '' || !check(parsed)) throw new Error(`${flag} must be ${what}, got ${JSON.stringify(value)}.`);
  return parsed;
}

const whole = (value: string, flag: string) => number(value, flag, (n) => Number.isInteger(n) && n >= 0, 'a whole number of at least 0');
const share = (value: string, flag: string) => number(value, flag, (n) => n >= 0 && n <= 1, 'a share between 0 and 1, e.g. 0.1');

/** `<domain_id>:<access_key>:<secret_key>[:<token>]`; the token is everything after the third colon. */
export function parseAccount(value: string): AccountOptions {
  const [domainId = '', accessKey = '', secretKey = '', ...rest] = value.split(':');
  if (domainId === '' || accessKey === '' || secretKey === '') {
    // The value holds a secret key: never echo it.
    throw new Error('--account takes <domain_id>:<access_key>:<secret_key>[:<token>], with all of the first three set.');
  }
  const token = rest.join(':');
  return { domainId, credentials: { accessKey, secretKey }, ...(token === '' ? {} : { token }) };
}

/** `150` or `100-400`. */
export function parseLatency(value: string): NonNullable<FaultOptions['latencyMs']> {
  const range = /^(\d+)-(\d+)$/.exec(value);
  if (range) {
    const [min, max] = [Number(range[1]), Number(range[2])];
    if (max < min) throw new Error(`--latency-ms ${value}: the maximum is below the minimum.`);
    return { min, max };
  }
  return whole(value, '--latency-ms');
}

/** `5` or `5:300`. */
export function parseLockout(value: string): NonNullable<FaultOptions['lockout']> {
  const [failures = '', seconds] = value.split(':');
  return { maxFailures: whole(failures, '--lockout'), ...(seconds === undefined ? {} : { lockSeconds: whole(seconds, '--lockout') }) };
}

/** The options these flags set; keys of flags not given are left out, so defaults apply. */
export function serviceOptions(values: Values): Pick<EmulatorOptions, 'accounts' | 'corsOrigins' | 'maxBodyBytes' | 'faults'> {
  const faults: FaultOptions = {};
  if (values['throttle-rate'] !== undefined) faults.throttleRate = share(values['throttle-rate'], '--throttle-rate');
  if (values['retry-after'] !== undefined) faults.retryAfterSeconds = whole(values['retry-after'], '--retry-after');
  if (values['error-rate'] !== undefined) faults.errorRate = share(values['error-rate'], '--error-rate');
  if (values['latency-ms'] !== undefined) faults.latencyMs = parseLatency(values['latency-ms']);
  if (values.lockout !== undefined) faults.lockout = parseLockout(values.lockout);
  if (values['fault-seed'] !== undefined) faults.seed = whole(values['fault-seed'], '--fault-seed');
  return {
    ...(values.account?.length ? { accounts: values.account.map(parseAccount) } : {}),
    ...(values['cors-origin']?.length ? { corsOrigins: values['cors-origin'] } : {}),
    ...(values['max-body-bytes'] !== undefined ? { maxBodyBytes: whole(values['max-body-bytes'], '--max-body-bytes') } : {}),
    ...(Object.keys(faults).length > 0 ? { faults } : {}),
  };
}
