import { ApiError } from './errors.js';

/** Failures the emulator injects on purpose, so callers can test their retry and back-off logic. All off by default. */
export interface FaultOptions {
  /** Seed of the generator that decides which requests fail, so a test sees the same sequence every run. Default 1. */
  seed?: number;
  /** Share of API requests (0–1) answered 429 `APIGW.0308`, as the gateway does past a throttling limit. */
  throttleRate?: number;
  /** The `Retry-After` of those 429s, in seconds. Default 2 (Huawei's FAQ advises retrying after 2–5 s). */
  retryAfterSeconds?: number;
  /** Share of API requests (0–1) answered 502 `APIGW.0202` "Backend unavailable". */
  errorRate?: number;
  /** Added before every API answer: a fixed number of milliseconds, or a uniformly drawn one in `[min, max]`. */
  latencyMs?: number | { min: number; max: number };
  /**
   * Lock an access key after repeated bad signatures, as the gateway does (5 and 300 s are Huawei's figures, from the
   * API Request Signing Guide FAQ "Common Errors Related to IAM Authentication Information",
   * https://support.huaweicloud.com/eu/nl-nl/devg-apisign/api-sign-0001.html): after more than `maxFailures`
   * consecutive failures (default 5) every request with that key is refused for `lockSeconds` (default 300), with
   * `APIGW.0301` "AK access failed to reach the limit,forbidden", valid signatures included.
   */
  lockout?: { maxFailures?: number; lockSeconds?: number };
}

/** mulberry32: a small, fast 32-bit generator; enough to pick which requests fail, reproducibly from one seed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function checkRate(value: number | undefined, name: string): number {
  if (value === undefined) return 0;
  if (!(value >= 0 && value <= 1)) throw new Error(`The fault option ${name} must be a share between 0 and 1, got ${value}.`);
  return value;
}

function checkCount(value: number | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!(Number.isFinite(value) && value >= 0)) throw new Error(`The fault option ${name} must be a number of at least 0, got ${value}.`);
  return value;
}

const LOCKED_MESSAGE = 'Incorrect IAM authentication information: AK access failed to reach the limit,forbidden.';

export class Faults {
  readonly #random: () => number;
  readonly #throttleRate: number;
  readonly #retryAfter: number;
  readonly #errorRate: number;
  readonly #latency: { min: number; max: number };
  readonly #lockout: { maxFailures: number; lockMs: number } | undefined;
  /** Per access key: consecutive failed signatures, and until when the key is locked. */
  readonly #keys = new Map<string, { failures: number; lockedUntil: number }>();

  constructor(options: FaultOptions = {}) {
    this.#random = seededRandom(options.seed ?? 1);
    this.#throttleRate = checkRate(options.throttleRate, 'throttleRate');
    this.#errorRate = checkRate(options.errorRate, 'errorRate');
    this.#retryAfter = checkCount(options.retryAfterSeconds, 'retryAfterSeconds', 2);
    const latency = typeof options.latencyMs === 'number' ? { min: options.latencyMs, max: options.latencyMs } : (options.latencyMs ?? { min: 0, max: 0 });
    this.#latency = { min: checkCount(latency.min, 'latencyMs', 0), max: checkCount(latency.max, 'latencyMs', 0) };
    if (this.#latency.max < this.#latency.min) throw new Error(`The fault option latencyMs has max ${latency.max} below min ${latency.min}.`);
    if (options.lockout) {
      this.#lockout = {
        maxFailures: checkCount(options.lockout.maxFailures, 'lockout.maxFailures', 5),
        lockMs: checkCount(options.lockout.lockSeconds, 'lockout.lockSeconds', 300) * 1000,
      };
    }
  }

  /** Waits the configured latency (nothing when there is none). */
  async delay(): Promise<void> {
    const { min, max } = this.#latency;
    if (max === 0) return;
    const ms = min + (max - min) * this.#random();
    await new Promise((resolve) => setTimeout(resolve, ms));
  }

  /** Throws the injected failure this request draws, if any. Draws nothing when no rate is set. */
  inject(): void {
    if (this.#throttleRate > 0 && this.#random() < this.#throttleRate) {
      throw new ApiError(429, 'APIGW.0308', 'The throttling threshold has been reached: policy user over ratelimit (injected by the emulator).', {
        'Retry-After': String(this.#retryAfter),
      });
    }
    if (this.#errorRate > 0 && this.#random() < this.#errorRate) {
      throw new ApiError(502, 'APIGW.0202', 'Backend unavailable (injected by the emulator).');
    }
  }

  /** Refuses a request signed with an access key that is locked out. */
  checkLock(accessKey: string | undefined, now: number): void {
    if (!this.#lockout || accessKey === undefined) return;
    const entry = this.#keys.get(accessKey);
    if (entry && entry.lockedUntil > now) throw new ApiError(401, 'APIGW.0301', LOCKED_MESSAGE);
  }

  /** Counts a signature check of a known access key; more than `maxFailures` failures in a row lock the key. */
  recordSignature(accessKey: string | undefined, ok: boolean, now: number): void {
    if (!this.#lockout || accessKey === undefined) return;
    if (ok) {
      this.#keys.delete(accessKey);
      return;
    }
    const entry = this.#keys.get(accessKey) ?? { failures: 0, lockedUntil: 0 };
    entry.failures++;
    if (entry.failures > this.#lockout.maxFailures) {
      entry.failures = 0;
      entry.lockedUntil = now + this.#lockout.lockMs;
    }
    this.#keys.set(accessKey, entry);
  }
}

/** The access key an `SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…` header names. */
export function accessKeyOf(authorization: string | string[] | undefined): string | undefined {
  const value = Array.isArray(authorization) ? authorization[0] : authorization;
  return value === undefined ? undefined : /\bAccess=([^,\s]+)/.exec(value)?.[1];
}
