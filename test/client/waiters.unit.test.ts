import { getEventListeners } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CloudConnectError, CloudConnectWaitError, waitFor, waitForDeletion } from '../../src/index.js';

// The waiters over a stub client and a fake clock: which answers end the wait, how many polls a timeout allows, and
// what the errors say. waiters.test.ts runs the same waiters over real sockets.

const CN = 'cn-1';
const network = (state: string | undefined) => ({ request_id: 'r', central_network: { id: CN, state } });
const notFound = new CloudConnectError({ status: 404, errorCode: 'CC.1404', errorMsg: 'Not found.', requestId: '', operationId: 'ShowCentralNetwork' });

/**
 * A stub client answering ShowCentralNetwork with each of `answers` in turn (the last one again), throwing errors.
 * The longest wait here polls 301 times; a 400th poll means the wait does not end, and is failed at once.
 */
function stub(answers: unknown[]) {
  const calls: unknown[][] = [];
  const client = {
    showCentralNetwork: async (...args: unknown[]) => {
      if (calls.length >= 399) throw new Error('ShowCentralNetwork polled 400 times: the wait does not end');
      calls.push(args);
      const answer = answers[Math.min(calls.length - 1, answers.length - 1)];
      if (answer instanceof Error) throw answer;
      return answer;
    },
  };
  return { client: client as never, calls };
}

/**
 * Runs a wait to its end on the fake clock; resolves to its result or its error. A wait still pending once every
 * timer has run and every promise job is done (setImmediate is not faked) would never end: it resolves to an error
 * at once instead of hanging until the test's timeout.
 */
async function settle<T>(wait: Promise<T>): Promise<T | Error> {
  const outcome = wait.catch((error: Error) => error);
  await vi.runAllTimersAsync();
  return Promise.race([outcome, new Promise<Error>((resolve) => setImmediate(() => resolve(new Error('the wait is still pending after every timer ran'))))]);
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('waitFor', () => {
  it.each<{ given: string; states: (string | undefined)[]; options: Record<string, unknown>; want: { polls: number; result: unknown } }>([
    { given: 'the target at once', states: ['AVAILABLE'], options: { until: 'AVAILABLE' }, want: { polls: 1, result: 'AVAILABLE' } },
    { given: 'through CREATING to the target', states: ['CREATING', 'CREATING', 'AVAILABLE'], options: { until: 'AVAILABLE', intervalMs: 5 }, want: { polls: 3, result: 'AVAILABLE' } },
    { given: 'any of several targets', states: ['CREATING', 'UPDATING'], options: { until: ['AVAILABLE', 'UPDATING'] }, want: { polls: 2, result: 'UPDATING' } },
    { given: 'FAILED by default', states: ['CREATING', 'FAILED'], options: { until: 'AVAILABLE' }, want: { polls: 2, result: 'failed FAILED: ShowCentralNetwork: the resource reached state FAILED while waiting for AVAILABLE.' } },
    { given: 'a failure while waiting for several states', states: ['FAILED'], options: { until: ['AVAILABLE', 'UPDATING'] }, want: { polls: 1, result: 'failed FAILED: ShowCentralNetwork: the resource reached state FAILED while waiting for AVAILABLE or UPDATING.' } },
    { given: 'failOn replacing the default', states: ['FAILED', 'DELETING'], options: { until: 'AVAILABLE', failOn: ['DELETING'] }, want: { polls: 2, result: 'failed DELETING: ShowCentralNetwork: the resource reached state DELETING while waiting for AVAILABLE.' } },
    { given: 'an empty failOn', states: ['FAILED', 'AVAILABLE'], options: { until: 'AVAILABLE', failOn: [] }, want: { polls: 2, result: 'AVAILABLE' } },
    {
      given: 'timeoutMs 30 every 10 ms: polls at 0, 10, 20 and 30 ms',
      states: ['UPDATING'],
      options: { until: ['AVAILABLE', 'RESTORING'], intervalMs: 10, timeoutMs: 30 },
      want: { polls: 4, result: 'timeout UPDATING: ShowCentralNetwork: still state UPDATING after 30 ms waiting for AVAILABLE or RESTORING; raise timeoutMs or check the resource.' },
    },
    { given: 'timeoutMs 0: one poll', states: ['UPDATING'], options: { until: 'AVAILABLE', timeoutMs: 0 }, want: { polls: 1, result: 'timeout UPDATING: ShowCentralNetwork: still state UPDATING after 0 ms waiting for AVAILABLE; raise timeoutMs or check the resource.' } },
    { given: 'the default interval of 2 s and timeout of 10 min', states: ['UPDATING'], options: { until: 'AVAILABLE' }, want: { polls: 301, result: 'timeout UPDATING: ShowCentralNetwork: still state UPDATING after 600000 ms waiting for AVAILABLE; raise timeoutMs or check the resource.' } },
    { given: 'an answer without the state', states: [undefined], options: { until: 'AVAILABLE', timeoutMs: 0 }, want: { polls: 1, result: 'timeout : ShowCentralNetwork: still state  after 0 ms waiting for AVAILABLE; raise timeoutMs or check the resource.' } },
  ])('$given', async ({ states, options, want }) => {
    const { client, calls } = stub(states.map(network));
    const signal = new AbortController().signal;
    const outcome = await settle(waitFor(client, 'ShowCentralNetwork', { central_network_id: CN }, { ...options, signal } as never));
    const result = outcome instanceof CloudConnectWaitError ? `${outcome.reason} ${outcome.lastState}: ${outcome.message}` : outcome instanceof Error ? outcome : (outcome as ReturnType<typeof network>).central_network.state;
    expect({ polls: calls.length, result }).toEqual(want);
    expect(calls.every(([args, callOptions]) => (args as { central_network_id: string }).central_network_id === CN && (callOptions as { signal: AbortSignal }).signal === signal)).toBe(true);
  });

  it('an answer without the resource is the empty state', async () => {
    const { client } = stub([{ request_id: 'r' }]);
    const error = (await settle(waitFor(client, 'ShowCentralNetwork', { central_network_id: CN }, { until: 'AVAILABLE', timeoutMs: 0 }))) as CloudConnectWaitError;
    expect([error.name, error.operationId, error.lastState]).toEqual(['CloudConnectWaitError', 'ShowCentralNetwork', '']);
  });

  it.each<[string, string, Record<string, unknown>, string]>([
    ['a target the resource cannot have', 'ShowCentralNetwork', { until: 'ACTIVE' }, 'waitFor ShowCentralNetwork: "ACTIVE" is not a state of this resource; it can be AVAILABLE, UPDATING, FAILED, CREATING, DELETING, DELETED, RESTORING.'],
    ['one unknown target among known ones', 'ShowCentralNetwork', { until: ['AVAILABLE', 'GONE'] }, 'waitFor ShowCentralNetwork: "GONE" is not a state of this resource; it can be AVAILABLE, UPDATING, FAILED, CREATING, DELETING, DELETED, RESTORING.'],
    ['an operation without a state', 'ListAreas', { until: 'AVAILABLE' }, 'waitFor: ListAreas returns no resource state; use the Show… operation of the resource.'],
  ])('refuses %s before polling', async (_, operationId, options, message) => {
    const { client, calls } = stub([network('AVAILABLE')]);
    const wait = waitFor(client, operationId as never, { central_network_id: CN } as never, options as never);
    // Checked before the wait is awaited: a wait that went on to poll has called the client by now.
    expect(calls).toEqual([]);
    const error = (await settle(wait)) as Error;
    expect([error.name, error.message]).toEqual(['TypeError', message]);
  });

  it.each<[string, (controller: AbortController) => void]>([
    ['before the call', (controller) => controller.abort(new Error('stop'))],
    ['during the pause', (controller) => setTimeout(() => controller.abort(new Error('stop')), 1000)],
  ])('an abort %s ends the wait with the signal reason', async (_, abort) => {
    const { client, calls } = stub([network('UPDATING')]);
    const controller = new AbortController();
    abort(controller);
    const error = (await settle(waitFor(client, 'ShowCentralNetwork', { central_network_id: CN }, { until: 'AVAILABLE', signal: controller.signal }))) as Error;
    expect([error.message, calls.length]).toEqual(['stop', 1]);
  });
});

describe('the abort listener of each pause', () => {
  it.each<[string, boolean, number | string]>([
    ['a wait that polls to its target', false, 3],
    ['a wait aborted during a pause', true, 'stop'],
  ])('is gone after %s', async (_, abort, want) => {
    const { client, calls } = stub([network('CREATING'), network('CREATING'), network('AVAILABLE')]);
    const controller = new AbortController();
    if (abort) setTimeout(() => controller.abort(new Error('stop')), 1000);
    const outcome = await settle(waitFor(client, 'ShowCentralNetwork', { central_network_id: CN }, { until: 'AVAILABLE', signal: controller.signal }));
    expect([outcome instanceof Error ? outcome.message : calls.length, getEventListeners(controller.signal, 'abort').length]).toEqual([want, 0]);
  });
});

describe('waitForDeletion', () => {
  it.each<{ given: string; answers: unknown[]; options?: Record<string, unknown>; want: { polls: number; result: unknown } }>([
    { given: 'a 404 at once', answers: [notFound], want: { polls: 1, result: undefined } },
    { given: 'through DELETING to a 404', answers: [network('DELETING'), network('DELETING'), notFound], options: { intervalMs: 5 }, want: { polls: 3, result: undefined } },
    { given: 'another status passes on', answers: [new CloudConnectError({ status: 403, errorCode: 'APIGW.0302', errorMsg: '', requestId: '', operationId: 'ShowCentralNetwork' })], want: { polls: 1, result: 'CloudConnectError 403' } },
    { given: 'a 404-like error that is not a CloudConnectError passes on', answers: [Object.assign(new Error('x'), { status: 404 })], want: { polls: 1, result: 'Error 404' } },
    {
      given: 'timeoutMs 20 every 10 ms: polls at 0, 10 and 20 ms',
      answers: [{ request_id: 'r', other: null, central_network: { state: 'DELETING' } }],
      options: { intervalMs: 10, timeoutMs: 20 },
      want: { polls: 3, result: 'timeout DELETING: ShowCentralNetwork: the resource still exists (state DELETING) after 20 ms; raise timeoutMs or check the resource.' },
    },
    { given: 'the default interval and timeout', answers: [network('DELETING')], want: { polls: 301, result: 'timeout DELETING: ShowCentralNetwork: the resource still exists (state DELETING) after 600000 ms; raise timeoutMs or check the resource.' } },
    { given: 'an answer without the resource', answers: [{ request_id: 'r' }], options: { timeoutMs: 0 }, want: { polls: 1, result: 'timeout : ShowCentralNetwork: the resource still exists (state ) after 0 ms; raise timeoutMs or check the resource.' } },
  ])('$given', async ({ answers, options, want }) => {
    const { client, calls } = stub(answers);
    const outcome = await settle(waitForDeletion(client, 'ShowCentralNetwork', { central_network_id: CN }, options));
    const result =
      outcome instanceof CloudConnectWaitError ? `${outcome.reason} ${outcome.lastState}: ${outcome.message}` : outcome instanceof Error ? `${outcome.name} ${(outcome as { status?: number }).status}` : outcome;
    expect({ polls: calls.length, result }).toEqual(want);
  });

  it('refuses an operation without a state, and a client without the method', async () => {
    const { client } = stub([notFound]);
    await expect(waitForDeletion(client, 'ListAreas' as never, {} as never)).rejects.toThrow('waitFor: ListAreas returns no resource state; use the Show… operation of the resource.');
    await expect(waitForDeletion({} as never, 'ShowCentralNetwork', { central_network_id: CN })).rejects.toThrow('ShowCentralNetwork: the first argument must be a client from createCloudConnectClient.');
  });

  it('an abort during the pause ends the wait with the signal reason', async () => {
    const { client, calls } = stub([network('DELETING')]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('stop')), 1000);
    const error = (await settle(waitForDeletion(client, 'ShowCentralNetwork', { central_network_id: CN }, { signal: controller.signal }))) as Error;
    expect([error.message, calls.length]).toEqual(['stop', 1]);
  });
});
