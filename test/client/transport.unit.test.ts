import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { CloudConnectNetworkError, CloudConnectPermissionError, CloudConnectTimeoutError } from '../../src/errors.js';
import type { Answer, Outgoing, Sender } from '../../src/senders/types.js';
import { createTransport, type AttemptEvent, type Exchange, type TransportOptions } from '../../src/transport.js';

// The transport over a stub sender: every outcome is scripted, so the retry and event logic is seen exactly.

type Step = { status: number; headers?: Record<string, string> } | { error: unknown } | 'hang';

function answerOf(status: number, headers: Record<string, string> = {}): Answer {
  return { status, header: (name) => headers[name] ?? null, headerList: () => Object.entries(headers), body: '' };
}

/**
 * A sender answering each request with the next step (the last one again). A 'hang' answers nothing until it is
 * cancelled; one still uncancelled after 2 s (every timeout and abort here comes far sooner) fails as a
 * network error, so a transport that forgot to stop it fails its test at once instead of hanging.
 */
function scripted(steps: Step[]) {
  const sent: Outgoing[] = [];
  const cancelled: unknown[] = [];
  const sender: Sender = (request) => {
    sent.push(request);
    const step = steps[Math.min(sent.length - 1, steps.length - 1)]!;
    let forgotten: ReturnType<typeof setTimeout> | undefined;
    const answer =
      step === 'hang'
        ? new Promise<Answer>((_, reject) => (forgotten = setTimeout(() => reject(new Error('the hanging attempt was never cancelled')), 2000)))
        : 'error' in step
          ? Promise.reject(step.error)
          : Promise.resolve(answerOf(step.status, step.headers));
    return { answer, cancel: (reason) => (clearTimeout(forgotten), cancelled.push(reason)) };
  };
  return { sender, sent, cancelled };
}

/**
 * The call's outcome (its error, if it fails), or 'pending' if it has not settled within `ms`: every call here
 * settles within milliseconds, and one stuck in a wait fails its test fast instead of hanging until the timeout.
 */
function within<T>(call: Promise<T>, ms = 2000): Promise<T | unknown> {
  return Promise.race([call.catch((error: unknown) => error), new Promise((resolve) => setTimeout(() => resolve('pending'), ms))]);
}

function transportFor(steps: Step[], options: Partial<TransportOptions> = {}) {
  const { sender, sent, cancelled } = scripted(steps);
  const events: AttemptEvent[] = [];
  let signatures = 0;
  const transport = createTransport({
    sender,
    // No call here makes more than 3 attempts; the 50th means the transport does not stop, and failing it ends the
    // loop (authorize runs outside the attempt's try), rather than letting it spin on after the test has failed.
    authorize: () => {
      if (signatures >= 49) throw new Error('authorize called 50 times: the transport does not stop');
      return { authorization: `sig-${++signatures}` };
    },
    retry: { maxAttempts: 3, baseDelayMs: 8, maxDelayMs: 8 },
    timeoutMs: 5_000,
    logger: (event) => events.push(event),
    scrub: (text) => text.replaceAll('SECRET', '[redacted]'),
    random: () => 0.5,
    ...options,
  });
  return { transport, sent, cancelled, events };
}

const GET: Outgoing = { method: 'GET', url: 'https://cc.example.test/v3/d/ccaas/cloud-connections?limit=1', headers: { accept: 'application/json' } };
const POST: Outgoing = { ...GET, method: 'POST', url: 'https://cc.example.test/v3/d/ccaas/cloud-connections', body: '{}' };
const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });

describe('retries and the events of each attempt', () => {
  it.each<{ given: string; request: Outgoing; steps: Step[]; retry?: TransportOptions['retry']; want: { statuses: (number | null)[]; retryIn: (number | null)[]; failures: (string | null)[]; result: number | string } }>([
    { given: 'a 200 at once', request: GET, steps: [{ status: 200 }], want: { statuses: [200], retryIn: [null], failures: [null], result: 200 } },
    { given: 'a GET through two 503s (backoff 8 ms × 0.5)', request: GET, steps: [{ status: 503 }, { status: 503 }, { status: 200 }], want: { statuses: [503, 503, 200], retryIn: [4, 4, null], failures: [null, null, null], result: 200 } },
    { given: 'three 503s: the last is returned', request: GET, steps: [{ status: 503 }], want: { statuses: [503, 503, 503], retryIn: [4, 4, null], failures: [null, null, null], result: 503 } },
    { given: 'a POST 503 is not retried', request: POST, steps: [{ status: 503 }, { status: 201 }], want: { statuses: [503], retryIn: [null], failures: [null], result: 503 } },
    { given: 'a POST 429 with Retry-After 0', request: POST, steps: [{ status: 429, headers: { 'retry-after': '0' } }, { status: 201 }], want: { statuses: [429, 201], retryIn: [0, null], failures: [null, null], result: 201 } },
    { given: 'Retry-After of exactly 60 s is honoured', request: GET, steps: [{ status: 429, headers: { 'retry-after': '60' } }], retry: { maxAttempts: 2 }, want: { statuses: [429], retryIn: [60_000], failures: [null], result: 'pending' } },
    { given: 'Retry-After of 61 s ends the retries', request: GET, steps: [{ status: 429, headers: { 'retry-after': '61' } }, { status: 200 }], want: { statuses: [429], retryIn: [null], failures: [null], result: 429 } },
    { given: 'retry: false', request: GET, steps: [{ status: 503 }, { status: 200 }], retry: false, want: { statuses: [503], retryIn: [null], failures: [null], result: 503 } },
    { given: 'a refused connection is retried for a POST', request: POST, steps: [{ error: refused }, { status: 201 }], want: { statuses: [null, 201], retryIn: [4, null], failures: ['network', null], result: 201 } },
    { given: 'a reset POST is not retried', request: POST, steps: [{ error: reset }, { status: 201 }], want: { statuses: [null], retryIn: [null], failures: ['network'], result: 'CloudConnectNetworkError' } },
    { given: 'a reset GET is retried up to maxAttempts', request: GET, steps: [{ error: reset }], want: { statuses: [null, null, null], retryIn: [4, 4, null], failures: ['network', 'network', 'network'], result: 'CloudConnectNetworkError' } },
    { given: 'a permission refusal is never retried', request: GET, steps: [{ error: Object.assign(new Error('x'), { name: 'NotCapable' }) }], want: { statuses: [null], retryIn: [null], failures: ['permission'], result: 'CloudConnectPermissionError' } },
  ])('$given', async ({ request, steps, retry, want }) => {
    const { transport, sent, events } = transportFor(steps, retry === undefined ? {} : { retry });
    // Aborted at the end so that a call still waiting out its Retry-After does not outlive the test.
    const controller = new AbortController();
    const outcome = transport(request, 'Op', controller.signal).then(
      (exchange) => exchange.answer.status,
      (error: Error) => error.name,
    );
    // Every row but 'pending' settles within milliseconds; the race makes a call stuck in a long wait fail fast.
    const result = await within(outcome, want.result === 'pending' ? 300 : 2000);
    controller.abort();
    expect({ statuses: events.map((e) => e.status), retryIn: events.map((e) => e.retryInMs), failures: events.map((e) => e.failure), result }).toEqual(want);
    expect(sent.map((r) => r.headers.authorization)).toEqual(sent.map((_, i) => `sig-${i + 1}`));
    expect(events.map((e) => [e.operationId, e.method, e.path, e.attempt])).toEqual(events.map((_, i) => ['Op', request.method, '/v3/d/ccaas/cloud-connections', i + 1]));
  });

  it('sends the request headers with the fresh authorization over them, and returns what was sent', async () => {
    const { transport, sent } = transportFor([{ status: 200 }], { authorize: () => ({ authorization: 'a', 'x-sdk-date': 'd' }) });
    const exchange = (await within(transport({ ...GET, headers: { accept: 'application/json', authorization: 'stale' } }, () => 'Lazy'))) as Exchange;
    expect(exchange.sent).toEqual({ accept: 'application/json', authorization: 'a', 'x-sdk-date': 'd' });
    expect(sent[0]!.headers).toEqual(exchange.sent);
  });

  it('scrubs the request id of the event', async () => {
    const { transport, events } = transportFor([{ status: 200, headers: { 'x-request-id': 'id-SECRET' } }]);
    await within(transport(GET, 'Op'));
    expect(events[0]!.requestId).toBe('id-[redacted]');
  });

  it.each<[string, string]>([
    ['https://h', '/'],
    ['https://h/a/b', '/a/b'],
    ['https://h/a?x=/y', '/a'],
  ])('reports the path of %s as %s', async (url, want) => {
    const { transport, events } = transportFor([{ status: 200 }]);
    await within(transport({ ...GET, url }, 'Op'));
    expect(events[0]!.path).toBe(want);
  });
});

describe('timeouts and aborts', () => {
  it('times out a hanging attempt, cancels it, and retries a GET', async () => {
    const { transport, events, cancelled } = transportFor(['hang', { status: 200 }], { timeoutMs: 30 });
    const exchange = (await within(transport(GET, 'Op'))) as Exchange;
    expect([exchange.answer.status, events.map((e) => e.failure), cancelled.length]).toEqual([200, ['timeout', null], 1]);
  });

  it('gives up after the last timed-out attempt with the timeout error', async () => {
    const { transport } = transportFor(['hang'], { timeoutMs: 20, retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1 } });
    const error = (await within(transport(GET, 'Op'))) as CloudConnectTimeoutError;
    expect(error).toBeInstanceOf(CloudConnectTimeoutError);
    expect([error.reason, error.attempts, error.timeoutMs]).toEqual(['timeout', 2, 20]);
  });

  it('an aborted signal stops a hanging attempt at once, without retrying', async () => {
    const { transport, sent, events } = transportFor(['hang']);
    const controller = new AbortController();
    const pending = within(transport(GET, 'Op', controller.signal));
    setTimeout(() => controller.abort(new Error('stop')), 10);
    const error = (await pending) as CloudConnectTimeoutError;
    expect([error.name, error.reason, sent.length, events.map((e) => [e.failure, e.retryInMs])]).toEqual(['CloudConnectTimeoutError', 'aborted', 1, [['aborted', null]]]);
  });

  it('a signal aborted before the call sends nothing', async () => {
    const { transport, sent } = transportFor([{ status: 200 }]);
    const error = (await within(transport(GET, 'Op', AbortSignal.abort()))) as CloudConnectTimeoutError;
    expect([error.reason, sent.length]).toEqual(['aborted', 0]);
  });

  it('an abort during the wait before a retry ends the call as aborted', async () => {
    const { transport, sent } = transportFor([{ status: 503 }], { retry: { maxAttempts: 3, baseDelayMs: 60_000, maxDelayMs: 60_000 } });
    const controller = new AbortController();
    const pending = within(transport(GET, 'Op', controller.signal));
    setTimeout(() => controller.abort(), 20);
    const error = (await pending) as CloudConnectTimeoutError;
    expect([error.reason, error.attempts, sent.length]).toEqual(['aborted', 1, 1]);
  });

  it.each<[string, Step[], TransportOptions['retry'], number | null, string | number]>([
    ['answered after a retry', [{ status: 503 }, { status: 200 }], { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1 }, null, 200],
    ['timed out and retried', ['hang', { status: 200 }], { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1 }, null, 200],
    ['aborted during an attempt', ['hang'], { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1 }, 10, 'aborted'],
    ['aborted during the wait before a retry', [{ status: 503 }], { maxAttempts: 2, baseDelayMs: 60_000, maxDelayMs: 60_000 }, 20, 'aborted'],
  ])('leaves no abort listener on the caller signal once %s', async (_, steps, retry, abortAfterMs, want) => {
    const { transport } = transportFor(steps, { retry, timeoutMs: 30 });
    const controller = new AbortController();
    if (abortAfterMs !== null) setTimeout(() => controller.abort(), abortAfterMs);
    const outcome = (await within(transport(GET, 'Op', controller.signal))) as { answer?: { status: number }; reason?: string };
    expect([outcome.answer?.status ?? outcome.reason, getEventListeners(controller.signal, 'abort').length]).toEqual([want, 0]);
  });

  it('a network error names the attempts and keeps the cause', async () => {
    const { transport } = transportFor([{ error: reset }]);
    const error = (await within(transport(POST, 'Op'))) as CloudConnectNetworkError;
    expect([error.attempts, error.cause]).toEqual([1, reset]);
  });

  it('a permission refusal names the host', async () => {
    const { transport } = transportFor([{ error: Object.assign(new Error('x'), { name: 'PermissionDenied' }) }]);
    const error = (await within(transport(GET, 'Op'))) as CloudConnectPermissionError;
    expect(error.message).toContain('--allow-net=cc.example.test');
  });
});

describe('what the events and errors carry', () => {
  it('names the operation of a lazy label in every event', async () => {
    const { transport, events } = transportFor([{ status: 503 }, { status: 200 }]);
    await within(transport(GET, () => 'Lazy'));
    expect(events.map((e) => e.operationId)).toEqual(['Lazy', 'Lazy']);
  });

  it.each<[string, Step[]]>([
    ['an answer', [{ status: 200 }]],
    ['a failure', [{ error: reset }]],
  ])('measures the duration of %s from the start of the attempt', async (_, steps) => {
    const { transport, events } = transportFor(steps, { retry: false });
    const before = performance.now();
    await within(transport(GET, 'Op'));
    const elapsed = performance.now() - before;
    expect(events).toHaveLength(1);
    expect(events[0]!.durationMs).toBeGreaterThanOrEqual(0);
    expect(events[0]!.durationMs).toBeLessThanOrEqual(elapsed);
  });

  it('a sender that throws at once is a network failure, retried for a GET', async () => {
    let calls = 0;
    const sender: Sender = () => {
      calls++;
      throw reset;
    };
    const { transport, events } = transportFor([], { sender, retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1 } });
    const error = (await within(transport(GET, 'Op'))) as CloudConnectNetworkError;
    expect([error.name, error.attempts, error.cause, calls, events.map((e) => e.failure)]).toEqual(['CloudConnectNetworkError', 2, reset, 2, ['network', 'network']]);
  });

  it('a signal aborted by the logger before the wait ends the call without another attempt', async () => {
    const controller = new AbortController();
    const { transport, sent } = transportFor([{ status: 503 }, { status: 200 }], { logger: () => controller.abort(), retry: { maxAttempts: 3, baseDelayMs: 60_000, maxDelayMs: 60_000 } });
    const error = (await within(transport(GET, 'Op', controller.signal))) as CloudConnectTimeoutError;
    expect([error.name, error.reason, error.attempts, sent.length]).toEqual(['CloudConnectTimeoutError', 'aborted', 1, 1]);
  });
});
