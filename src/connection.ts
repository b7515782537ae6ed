import { checkCredentials, isTokenCredentials, type Credentials } from './auth/credentials.js';
import { signPlain } from './auth/signer.js';
import { scrubberFor } from './scrub.js';
// `#sender` (package.json `imports`): node:http in Node, fetch elsewhere, chosen by condition when each package entry
// is built (packages/packages.ts), so that browser bundles never contain the Node sender.
import { defaultSender } from '#sender';
import { fetchSender } from './senders/fetch.js';
import type { Outgoing } from './senders/types.js';
import { createTransport, type AttemptEvent, type RetryOptions, type Transport } from './transport.js';

export const DEFAULT_ENDPOINT = 'https://cc.myhuaweicloud.com';

export interface CloudConnectClientOptions {
  /** Base URL of the API; defaults to Huawei's global endpoint. Point it at the emulator for local work. */
  endpoint?: string;
  /** Account (domain) id: fills `{domain_id}` in paths and is sent as `X-Domain-Id`. */
  domainId: string;
  /** `{ accessKey, secretKey, securityToken? }` to sign requests, or `{ token }` for an IAM token. */
  credentials: Credentials;
  /**
   * A fetch implementation to send with, e.g. one that goes through a proxy. Without it, Node sends with `node:http`
   * / `node:https` (keep-alive) and other runtimes with the global `fetch`.
   */
  fetch?: typeof globalThis.fetch;
  /** Retries of throttled, unavailable and unreachable calls (see README); `false` turns them off. */
  retry?: RetryOptions | false;
  /** Longest wait for one attempt's whole answer, body included. Default 30 s. */
  timeoutMs?: number;
  /** Receives one event per attempt; credentials, headers and bodies are never in it. Silent by default. */
  logger?: (event: AttemptEvent) => void;
  /** The clock used for `X-Sdk-Date`; for tests. */
  now?: () => Date;
}

// Huawei's account ids are 32 hexadecimal characters; 10 to 32 visible ASCII characters is what the gateway accepts.
const DOMAIN_ID = /^[\x21-\x7e]{10,32}$/;

/**
 * Checks every option but the credentials (checkCredentials checks those) before anything is sent, and returns
 * the endpoint without a trailing slash, and its host.
 */
function checkOptions(options: CloudConnectClientOptions): { base: string; host: string } {
  if (!options || typeof options !== 'object') throw new TypeError('pass an options object with domainId and credentials.');
  if (typeof options.domainId !== 'string' || !DOMAIN_ID.test(options.domainId)) {
    throw new TypeError('domainId must be the account (domain) id, 10 to 32 characters without spaces (IAM console → My Credentials → Account ID).');
  }
  const { timeoutMs, retry } = options;
  if (timeoutMs !== undefined && !(Number.isFinite(timeoutMs) && timeoutMs > 0)) throw new TypeError('timeoutMs must be a positive number of milliseconds.');
  if (retry && retry.maxAttempts !== undefined && !(Number.isInteger(retry.maxAttempts) && retry.maxAttempts >= 1)) {
    throw new TypeError('retry.maxAttempts must be a whole number of at least 1 (1 turns retries off).');
  }
  if (options.fetch !== undefined && typeof options.fetch !== 'function') throw new TypeError('fetch must be a function with the signature of the global fetch.');
  const base = (options.endpoint ?? DEFAULT_ENDPOINT).replace(/\/+$/, '');
  try {
    return { base, host: new URL(base).host };
  } catch {
    throw new TypeError(`endpoint must be an absolute URL such as ${DEFAULT_ENDPOINT}.`);
  }
}

/** What both the operation methods and the generic methods send through. */
export interface Connection {
  /** The endpoint without a trailing slash. */
  base: string;
  domainId: string;
  transport: Transport;
  scrub: (text: string) => string;
}

export function connect(options: CloudConnectClientOptions, factory: string): Connection {
  let credentials: Credentials;
  let endpoint: { base: string; host: string };
  try {
    endpoint = checkOptions(options);
    // A private, validated copy: later changes to the caller's object cannot change what is signed, and nothing
    // outside the connection ever sees it.
    credentials = checkCredentials(options.credentials);
  } catch (error) {
    // Every option's message names the option and the fix; the factory says which call was given it.
    throw new TypeError(`${factory}: ${(error as Error).message}`);
  }
  const { domainId } = options;
  const { base, host } = endpoint;
  const now = options.now ?? (() => new Date());
  let authorize: (request: Outgoing) => Record<string, string> | Promise<Record<string, string>>;
  if (isTokenCredentials(credentials)) {
    const headers = { 'x-domain-id': domainId, 'x-auth-token': credentials.token };
    authorize = () => headers;
  } else {
    // The host is known for the endpoint's own URLs; signPlain reads it from any other URL.
    authorize = (request) => signPlain({ ...request, host: request.url.startsWith(`${base}/`) ? host : undefined }, { credentials, domainId, date: now() });
  }
  const scrub = scrubberFor(credentials);
  const sender = options.fetch ? fetchSender(options.fetch) : defaultSender();
  const transport = createTransport({ sender, authorize, retry: options.retry, timeoutMs: options.timeoutMs ?? 30_000, logger: options.logger, scrub });
  return { base, domainId, transport, scrub };
}
