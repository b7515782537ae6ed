import { CloudConnectNetworkError, CloudConnectPermissionError, CloudConnectTimeoutError } from './errors.js';
import type { Answer, Outgoing, Sender } from './senders/types.js';

export interface RetryOptions {
  /** Attempts in all, the first included; 1 turns retries off. Default 3. */
  maxAttempts?: number;
  /** Upper bound of the first backoff; doubles each attempt. Default 200 ms. */
  baseDelayMs?: number;
  /** Cap of any backoff. Default 5 s. */
  maxDelayMs?: number;
}

/** Why an attempt got no answer. `permission`: the runtime refused network access (Deno without `--allow-net`). */
export type AttemptFailure = 'network' | 'timeout' | 'aborted' | 'permission';

/** One structured event per attempt; never holds headers, bodies or credentials. */
export interface AttemptEvent {
  operationId: string;
  method: string;
  /** URL path of the request (no host, no query). */
  path: string;
  attempt: number;
  /** HTTP status, or null when no answer came. */
  status: number | null;
  durationMs: number;
  requestId: string | null;
  /** Set when the attempt failed without an answer. */
  failure: AttemptFailure | null;
  /** Milliseconds until the next attempt; null when this attempt is the last. */
  retryInMs: number | null;
}

export interface TransportOptions {
  sender: Sender;
  /** The headers that authenticate one attempt (a fresh `X-Sdk-Date` and signature each time). */
  authorize: (request: Outgoing) => Record<string, string> | Promise<Record<string, string>>;
  retry?: RetryOptions | false;
  timeoutMs: number;
  logger?: ((event: AttemptEvent) => void) | undefined;
  /** Takes the client's credentials out of text that came from the server. */
  scrub: (text: string) => string;
  random?: () => number;
}

/** What the last attempt sent and got back. */
export interface Exchange {
  answer: Answer;
  sent: Record<string, string>;
}

export type Transport = (request: Outgoing, operationId: string | (() => string), signal?: AbortSignal | null) => Promise<Exchange>;

const RETRIED_STATUSES = new Set([429, 502, 503, 504]);
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
/** Connection failures that happen before a byte of the request reaches the server. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT', 'EHOSTUNREACH', 'ENETUNREACH']);
/** The longest `Retry-After` honoured; a longer one ends the retries and returns the answer as it is. */
const MAX_RETRY_AFTER_MS = 60_000;

/** `Retry-After` in milliseconds, from seconds or an HTTP date; null when absent or unreadable. */
function retryAfterMs(value: string | null, now: number): number | null {
  // Stryker disable next-line MethodExpression,StringLiteral: a blank or any other non-date text is null by the digits test and Date.parse below as well
  if (value === null || value.trim() === '') return null;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

function errorCode(error: unknown): string {
  const direct = (error as { code?: unknown } | null)?.code;
  if (typeof direct === 'string') return direct;
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  return typeof cause?.code === 'string' ? cause.code : '';
}

/** Deno refuses network access without `--allow-net` by throwing PermissionDenied (NotCapable from Deno 2). */
function isPermissionRefusal(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'PermissionDenied' || name === 'NotCapable';
}

/**
 * Whether another attempt may be made. Throttling (429) is refused by the gateway before the service acts, and
 * a connection that never opened sent nothing, so those retry for every method; other failures only for
 * idempotent methods. Authentication failures never retry: repeated bad signatures lock the access key.
 */
function isRetryable(method: string, outcome: { status: number } | { error: unknown }): boolean {
  if ('status' in outcome) {
    if (outcome.status === 429) return true;
    return RETRIED_STATUSES.has(outcome.status) && IDEMPOTENT_METHODS.has(method);
  }
  return NOT_SENT_CODES.has(errorCode(outcome.error)) || IDEMPOTENT_METHODS.has(method);
}

/** Full-jitter exponential backoff: a random wait up to min(maxDelay, base × 2^(attempt−1)). */
function backoffMs(attempt: number, retry: Required<RetryOptions>, random: () => number): number {
  return Math.floor(random() * Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempt - 1)));
}

/** Exported for direct tests of the retry policy; not part of the package's API. */
export const retryPolicy = { retryAfterMs, isRetryable, backoffMs, isPermissionRefusal };

class Failed {
  constructor(
    readonly failure: AttemptFailure,
    readonly error: unknown,
  ) {}
}

/**
 * One attempt, settled by the first of: the whole answer, a failure, the timeout, the caller's abort. Whatever
 * settles it clears the timer and the abort listener, so nothing of the attempt outlives it.
 */
function attemptOnce(sender: Sender, request: Outgoing, signal: AbortSignal | null | undefined, timeoutMs: number): Promise<Answer> {
  return new Promise<Answer>((resolve, reject) => {
    if (signal?.aborted) return reject(new Failed('aborted', signal.reason));
    const sending = sender(request);
    let settled = false;
    const settle = () => {
      // Stryker disable next-line BooleanLiteral: settle() clears the timer and the abort listener, and a settled promise ignores a second resolve or reject
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    const stop = (failure: AttemptFailure, reason: unknown) => {
      if (settled) return;
      settle();
      sending.cancel(reason);
      reject(new Failed(failure, reason));
    };
    // Stryker disable next-line OptionalChaining: the listener is only ever added to an existing signal
    const onAbort = () => stop('aborted', signal?.reason);
    const timer = setTimeout(() => stop('timeout', new Error(`No whole answer within ${timeoutMs} ms`)), timeoutMs);
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: stop() removes this listener when it fires, so `once` changes nothing
    signal?.addEventListener('abort', onAbort, { once: true });
    sending.answer.then(
      (answer) => {
        if (settled) return;
        settle();
        resolve(answer);
      },
      (error: unknown) => {
        if (settled) return;
        settle();
        reject(new Failed(isPermissionRefusal(error) ? 'permission' : 'network', error));
      },
    );
  });
}

function sleep(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      // Stryker disable next-line OptionalChaining: the listener is only ever added to an existing signal
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

const pathOf = (url: string): string => {
  const start = url.indexOf('/', url.indexOf('//') + 2);
  if (start < 0) return '/';
  const query = url.indexOf('?', start);
  return query < 0 ? url.slice(start) : url.slice(start, query);
};

/**
 * Sends a request: authenticates every attempt afresh, applies the per-attempt timeout and the caller's signal to
 * the whole answer, retries what is safe to retry, and reports each attempt to the logger.
 */
export function createTransport(options: TransportOptions): Transport {
  // Stryker disable next-line ObjectLiteral: with `{}` every `attempt < maxAttempts` is false, so retry: false still means one attempt and no delay
  const once: Required<RetryOptions> = { maxAttempts: 1, baseDelayMs: 0, maxDelayMs: 0 };
  const retry: Required<RetryOptions> = options.retry === false ? once : { maxAttempts: 3, baseDelayMs: 200, maxDelayMs: 5000, ...options.retry };
  const random = options.random ?? Math.random;
  const { sender, logger, timeoutMs, scrub } = options;

  return async (request, label, signal) => {
    const operationId = () => (typeof label === 'string' ? label : (label = label()));
    const event = (attempt: number, fields: Omit<AttemptEvent, 'operationId' | 'method' | 'path' | 'attempt'>): AttemptEvent => ({
      operationId: operationId(),
      method: request.method,
      path: pathOf(request.url),
      attempt,
      ...fields,
    });
    for (let attempt = 1; ; attempt++) {
      const sent = Object.assign({}, request.headers, await options.authorize(request));
      const started = logger ? performance.now() : 0;
      let delay: number | null = null;
      try {
        const answer = await attemptOnce(sender, { ...request, headers: sent }, signal, timeoutMs);
        if (attempt < retry.maxAttempts && isRetryable(request.method, { status: answer.status })) {
          const wait = retryAfterMs(answer.header('retry-after'), Date.now());
          delay = wait === null ? backoffMs(attempt, retry, random) : wait <= MAX_RETRY_AFTER_MS ? wait : null;
        }
        if (logger) {
          const requestId = answer.header('x-request-id');
          logger(event(attempt, { status: answer.status, durationMs: performance.now() - started, requestId: requestId === null ? null : scrub(requestId), failure: null, retryInMs: delay }));
        }
        if (delay === null) return { answer, sent };
      } catch (thrown) {
        const { failure, error } = thrown instanceof Failed ? thrown : new Failed('network', thrown);
        if ((failure === 'network' || failure === 'timeout') && attempt < retry.maxAttempts && isRetryable(request.method, { error })) delay = backoffMs(attempt, retry, random);
        logger?.(event(attempt, { status: null, durationMs: performance.now() - started, requestId: null, failure, retryInMs: delay }));
        if (delay === null) {
          if (failure === 'network') throw new CloudConnectNetworkError(operationId(), attempt, error);
          if (failure === 'permission') throw new CloudConnectPermissionError(operationId(), request.url, error);
          throw new CloudConnectTimeoutError(operationId(), failure, timeoutMs, attempt);
        }
      }
      await sleep(delay, signal).catch(() => {
        throw new CloudConnectTimeoutError(operationId(), 'aborted', timeoutMs, attempt);
      });
    }
  };
}
