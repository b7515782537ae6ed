import { CloudConnectNetworkError, CloudConnectTimeoutError } from './errors.js';

export interface RetryOptions {
  /** Attempts in all, the first included; 1 turns retries off. Default 3. */
  maxAttempts?: number;
  /** Upper bound of the first backoff; doubles each attempt. Default 200 ms. */
  baseDelayMs?: number;
  /** Cap of any backoff. Default 5 s. */
  maxDelayMs?: number;
}

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
  /** Set when the attempt failed without an answer: `network`, `timeout` or `aborted`. */
  failure: 'network' | 'timeout' | 'aborted' | null;
  /** Milliseconds until the next attempt; null when this attempt is the last. */
  retryInMs: number | null;
}

export interface TransportOptions {
  fetch: typeof globalThis.fetch;
  /** Authenticates a fresh copy of the request for each attempt (a new `X-Sdk-Date` and signature). */
  authorize: (request: Request) => Promise<Request>;
  /** Rebuilds the request for another attempt, body included (the first attempt's body stream is spent). */
  copy: (request: Request) => Request;
  /** The operation name for errors and events; asked only when one is needed. */
  label: (request: Request) => string;
  /** Sees every attempt's request with its answer (the auth layer reads clock skew from 401s). */
  inspect?: (request: Request, response: Response) => unknown;
  retry?: RetryOptions | false;
  timeoutMs: number;
  logger?: (event: AttemptEvent) => void;
  random?: () => number;
  sleep?: (ms: number, signal: AbortSignal | null) => Promise<void>;
}

const RETRIED_STATUSES = new Set([429, 502, 503, 504]);
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
/** Connection failures that happen before a byte of the request reaches the server. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT', 'EHOSTUNREACH', 'ENETUNREACH']);
/** The longest `Retry-After` honoured; a longer one ends the retries and returns the answer as it is. */
const MAX_RETRY_AFTER_MS = 60_000;

/** `Retry-After` in milliseconds, from seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(response: Response, now = Date.now()): number | null {
  const value = response.headers.get('Retry-After');
  if (value === null || value.trim() === '') return null;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

function errorCode(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  return typeof cause?.code === 'string' ? cause.code : '';
}

/**
 * Whether another attempt may be made. Throttling (429) is refused by the gateway before the service acts, and
 * a connection that never opened sent nothing, so those retry for every method; other failures only for
 * idempotent methods. Authentication failures never retry: repeated bad signatures lock the access key.
 */
export function isRetryable(method: string, outcome: { status: number } | { error: unknown }): boolean {
  if ('status' in outcome) {
    if (outcome.status === 429) return true;
    return RETRIED_STATUSES.has(outcome.status) && IDEMPOTENT_METHODS.has(method);
  }
  return NOT_SENT_CODES.has(errorCode(outcome.error)) || IDEMPOTENT_METHODS.has(method);
}

/** Full-jitter exponential backoff: a random wait up to min(maxDelay, base × 2^(attempt−1)). */
export function backoffMs(attempt: number, retry: Required<RetryOptions>, random: () => number): number {
  return Math.floor(random() * Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempt - 1)));
}

function defaultSleep(ms: number, signal: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * The `fetch` openapi-fetch calls: signs every attempt afresh, applies the per-attempt timeout and the
 * caller's signal, retries what is safe to retry, and reports each attempt to the logger.
 */
export function createTransport(options: TransportOptions): (request: Request) => Promise<Response> {
  const retry: Required<RetryOptions> =
    options.retry === false
      ? { maxAttempts: 1, baseDelayMs: 0, maxDelayMs: 0 }
      : { maxAttempts: 3, baseDelayMs: 200, maxDelayMs: 5000, ...options.retry };
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? defaultSleep;

  return async (original: Request) => {
    const callerSignal = original.signal;
    let label: string | undefined;
    const operationId = () => (label ??= options.label(original));
    for (let attempt = 1; ; attempt++) {
      const attemptRequest = await options.authorize(attempt === 1 ? original : options.copy(original));
      // A plain controller and timer: AbortSignal.any and AbortSignal.timeout cost several times more per request.
      const controller = new AbortController();
      const abortWithCaller = () => controller.abort(callerSignal.reason);
      if (callerSignal.aborted) abortWithCaller();
      else callerSignal.addEventListener('abort', abortWithCaller, { once: true });
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort(new DOMException(`No answer within ${options.timeoutMs} ms`, 'TimeoutError'));
      }, options.timeoutMs);
      // The timer also covers reading the body, which happens after this returns; it must not keep Node alive.
      (timer as { unref?: () => void }).unref?.();
      const started = performance.now();
      const event = (fields: Omit<AttemptEvent, 'operationId' | 'method' | 'path' | 'attempt'>): AttemptEvent => ({
        operationId: operationId(),
        method: original.method,
        path: new URL(original.url).pathname,
        attempt,
        ...fields,
      });
      let delay: number | null = null;
      try {
        const response = await options.fetch(attemptRequest, { signal: controller.signal });
        options.inspect?.(attemptRequest, response);
        const retryable = attempt < retry.maxAttempts && isRetryable(original.method, { status: response.status });
        if (retryable) {
          const wait = retryAfterMs(response);
          delay = wait === null ? backoffMs(attempt, retry, random) : wait <= MAX_RETRY_AFTER_MS ? wait : null;
        }
        if (options.logger) {
          options.logger(event({ status: response.status, durationMs: performance.now() - started, requestId: response.headers.get('X-Request-Id'), failure: null, retryInMs: delay }));
        }
        if (delay === null) return response;
        clearTimeout(timer);
        await response.body?.cancel();
      } catch (error) {
        clearTimeout(timer);
        const failure = callerSignal.aborted ? 'aborted' : timedOut ? 'timeout' : 'network';
        if (failure !== 'aborted' && attempt < retry.maxAttempts && isRetryable(original.method, { error })) delay = backoffMs(attempt, retry, random);
        options.logger?.(event({ status: null, durationMs: performance.now() - started, requestId: null, failure, retryInMs: delay }));
        if (delay === null) {
          if (failure === 'network') throw new CloudConnectNetworkError(operationId(), attempt, error);
          throw new CloudConnectTimeoutError(operationId(), failure, options.timeoutMs, attempt);
        }
      } finally {
        callerSignal.removeEventListener('abort', abortWithCaller);
      }
      await sleep(delay, callerSignal).catch(() => {
        throw new CloudConnectTimeoutError(operationId(), 'aborted', options.timeoutMs, attempt);
      });
    }
  };
}
