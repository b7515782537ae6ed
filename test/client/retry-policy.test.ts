import { describe, expect, it } from 'vitest';
import { retryPolicy } from '../../src/transport.js';

const { retryAfterMs, isRetryable, backoffMs, isPermissionRefusal } = retryPolicy;
const NOW = Date.parse('2024-01-02T03:04:05Z');

describe('Retry-After', () => {
  it.each<[string | null, number | null]>([
    ['2', 2000],
    [' 0 ', 0],
    [' 5 ', 5000],
    // Only whole digits are seconds; anything else is read as a date (V8 reads "-5" as a past year) or refused.
    ['-5', 0],
    ['5x', null],
    ['Tue, 02 Jan 2024 03:04:15 GMT', 10_000],
    ['Tue, 02 Jan 2024 03:00:00 GMT', 0],
    ['soon', null],
    ['', null],
    [null, null],
  ])('%j → %j ms', (header, want) => {
    expect(retryAfterMs(header, NOW)).toBe(want);
  });
});

describe('what may be retried', () => {
  const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
  const wrapped = new TypeError('fetch failed', { cause: { code: 'ENOTFOUND' } });
  const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
  it.each<[string, { status: number } | { error: unknown }, boolean]>([
    ['POST', { status: 429 }, true],
    ['POST', { status: 503 }, false],
    ['PUT', { status: 503 }, true],
    ['GET', { status: 504 }, true],
    ['GET', { status: 500 }, false],
    ['GET', { status: 401 }, false],
    ['DELETE', { status: 403 }, false],
    ['POST', { error: refused }, true],
    ['POST', { error: wrapped }, true],
    ['POST', { error: reset }, false],
    ['DELETE', { error: reset }, true],
    ['GET', { error: null }, true],
    ['POST', { error: null }, false],
    ['POST', { error: { cause: null } }, false],
  ])('%s after %j → %s', (method, outcome, want) => {
    expect(isRetryable(method, outcome)).toBe(want);
  });
});

describe('backoff', () => {
  const retry = { maxAttempts: 5, baseDelayMs: 200, maxDelayMs: 1000 };
  it.each<[number, number, number]>([
    [1, 0.5, 100],
    [2, 0.5, 200],
    [3, 0.999, 799],
    [4, 0.999, 999],
    [9, 1, 1000],
    [1, 0, 0],
  ])('attempt %i with random %d → %i ms', (attempt, random, want) => {
    expect(backoffMs(attempt, retry, () => random)).toBe(want);
  });
});

describe('runtime permission refusals', () => {
  it.each<[unknown, boolean]>([
    [Object.assign(new Error('x'), { name: 'PermissionDenied' }), true],
    [Object.assign(new Error('x'), { name: 'NotCapable' }), true],
    [new TypeError('fetch failed'), false],
    [null, false],
  ])('%s → %s', (error, want) => {
    expect(isPermissionRefusal(error)).toBe(want);
  });
});
