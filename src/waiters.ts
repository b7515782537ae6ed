import { stateSpecs, type CloudConnectOperations, type OperationId, type OperationTypes } from '../generated/client.gen.js';
import { CloudConnectError } from './errors.js';
import { methodOf } from './pagination.js';

type Specs = typeof stateSpecs;

/** Read operations whose answer carries a resource state a waiter can watch (the Show… operations). */
export type StatefulOperationId = keyof Specs & OperationId;
/** The states the operation's resource can be in. */
export type StateOf<Op extends StatefulOperationId> = Specs[Op] extends { values: readonly (infer State extends string)[] } ? State : never;

export interface WaitOptions {
  /** Give up after this long. Default 10 minutes. */
  timeoutMs?: number;
  /** Pause between polls. Default 2 s. */
  intervalMs?: number;
  signal?: AbortSignal;
}

export interface WaitForOptions<State extends string> extends WaitOptions {
  /** States that end the wait successfully. */
  until: State | readonly State[];
  /** States that end it with an error. Default: every state containing FAIL or ERROR. */
  failOn?: readonly State[];
}

/** A waiter saw a failure state, or ran out of time; `lastState` is what it saw last. */
export class CloudConnectWaitError extends Error {
  override name = 'CloudConnectWaitError';
  constructor(
    readonly operationId: string,
    readonly reason: 'failed' | 'timeout',
    readonly lastState: string | null,
    message: string,
  ) {
    super(message);
  }
}

function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    // Stryker disable next-line OptionalChaining: the listener is only ever added to an existing signal
    const onAbort = () => (clearTimeout(timer), reject(signal?.reason));
    const timer = setTimeout(() => (signal?.removeEventListener('abort', onAbort), resolve()), ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function locate(operationId: string) {
  const state = (stateSpecs as Record<string, { itemKey: string; field: string; values: readonly string[] } | undefined>)[operationId];
  if (!state) throw new TypeError(`waitFor: ${operationId} returns no resource state; use the Show… operation of the resource.`);
  return state;
}

type Body = Record<string, Record<string, unknown> | undefined>;

/**
 * Polls a Show… operation until the resource reaches one of `until`, throwing `CloudConnectWaitError` on a failure
 * state or timeout: `await waitFor(cc, 'ShowCentralNetwork', { central_network_id }, { until: 'AVAILABLE' })`.
 */
export async function waitFor<Op extends StatefulOperationId>(
  client: CloudConnectOperations,
  operationId: Op,
  args: OperationTypes[Op]['args'],
  options: WaitForOptions<StateOf<Op>>,
): Promise<OperationTypes[Op]['result']> {
  const { itemKey, field, values } = locate(operationId);
  const method = methodOf(client, operationId);
  const targets = new Set<string>(typeof options.until === 'string' ? [options.until] : options.until);
  const unknownTarget = [...targets].find((state) => !values.includes(state));
  if (unknownTarget !== undefined) throw new TypeError(`waitFor ${operationId}: "${unknownTarget}" is not a state of this resource; it can be ${values.join(', ')}.`);
  const failures = new Set<string>(options.failOn ?? values.filter((state) => /FAIL|ERROR/.test(state)));
  const { timeoutMs = 600_000, intervalMs = 2000 } = options;
  const deadline = Date.now() + timeoutMs;
  let lastState: string | null = null;
  for (;;) {
    const body = (await method.call(client, args, { signal: options.signal })) as Body;
    lastState = String(body[itemKey]?.[field] ?? '');
    if (targets.has(lastState)) return body as unknown as OperationTypes[Op]['result'];
    if (failures.has(lastState)) {
      throw new CloudConnectWaitError(operationId, 'failed', lastState, `${operationId}: the resource reached ${field} ${lastState} while waiting for ${[...targets].join(' or ')}.`);
    }
    if (Date.now() + intervalMs > deadline) {
      throw new CloudConnectWaitError(operationId, 'timeout', lastState, `${operationId}: still ${field} ${lastState} after ${timeoutMs} ms waiting for ${[...targets].join(' or ')}; raise timeoutMs or check the resource.`);
    }
    await pause(intervalMs, options.signal);
  }
}

/** Polls a Show… operation until it answers 404, i.e. the resource is gone: `await waitForDeletion(cc, 'ShowCentralNetwork', { central_network_id })`. */
export async function waitForDeletion<Op extends StatefulOperationId>(client: CloudConnectOperations, operationId: Op, args: OperationTypes[Op]['args'], options: WaitOptions = {}): Promise<void> {
  const { field } = locate(operationId);
  const method = methodOf(client, operationId);
  const { timeoutMs = 600_000, intervalMs = 2000 } = options;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let lastState: string | null = null;
    try {
      const body = (await method.call(client, args, { signal: options.signal })) as Body;
      lastState = String(Object.values(body).find((value) => typeof value === 'object' && value !== null)?.[field] ?? '');
    } catch (error) {
      if (error instanceof CloudConnectError && error.status === 404) return;
      throw error;
    }
    if (Date.now() + intervalMs > deadline) {
      throw new CloudConnectWaitError(operationId, 'timeout', lastState, `${operationId}: the resource still exists (${field} ${lastState}) after ${timeoutMs} ms; raise timeoutMs or check the resource.`);
    }
    await pause(intervalMs, options.signal);
  }
}
