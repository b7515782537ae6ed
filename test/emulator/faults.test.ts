import { afterEach, describe, expect, it } from 'vitest';
import { sign } from '../../src/auth/index.js';
import { serviceOptions } from '../../src/emulator/flags.js';
import { startEmulator, type EmulatorOptions, type FaultOptions, type RunningEmulator } from '../../src/emulator/index.js';
import { createCloudConnectClient } from '../../src/index.js';

// Injected faults answer 429/502 on purpose, so these tests read answers directly rather than through the
// harness's recorder, which counts every 5xx as a problem.

const running: RunningEmulator[] = [];

async function start(options: EmulatorOptions): Promise<RunningEmulator> {
  const emulator = await startEmulator({ docsDir: false, log: (line) => expect.fail(`unexpected log line: ${line}`), ...options });
  running.push(emulator);
  return emulator;
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((emulator) => emulator.close()));
});

const listPath = (emulator: RunningEmulator) => `/v3/${emulator.domainId}/ccaas/cloud-connections`;

function list(emulator: RunningEmulator, headers: Record<string, string> = { 'X-Auth-Token': emulator.token }): Promise<Response> {
  return fetch(`${emulator.url}${listPath(emulator)}`, { headers });
}

/** The statuses of `count` sequential list requests. */
async function statuses(emulator: RunningEmulator, count: number): Promise<number[]> {
  const seen: number[] = [];
  for (let i = 0; i < count; i++) {
    const answer = await list(emulator);
    await answer.arrayBuffer();
    seen.push(answer.status);
  }
  return seen;
}

/** A list request signed with the emulator's access key and the given secret key (a wrong one makes a bad signature). */
async function signedList(emulator: RunningEmulator, secretKey = emulator.credentials.secretKey): Promise<{ status: number; error_msg?: string }> {
  const url = `${emulator.url}${listPath(emulator)}`;
  const headers = new Headers();
  const signed = await sign({ method: 'GET', url, headers, body: null }, { credentials: { accessKey: emulator.credentials.accessKey, secretKey }, domainId: emulator.domainId, date: new Date() });
  signed.apply(headers);
  const answer = await fetch(url, { headers });
  const body = (await answer.json()) as { error_msg?: string };
  return { status: answer.status, error_msg: body.error_msg };
}

describe('faults on demand', () => {
  it('injects nothing by default', async () => {
    const emulator = await start({});
    expect(new Set(await statuses(emulator, 30))).toEqual(new Set([200]));
  });

  it('throttles like the gateway: 429 APIGW.0308 with Retry-After', async () => {
    const emulator = await start({ faults: { throttleRate: 1, retryAfterSeconds: 7 } });
    const answer = await list(emulator);
    expect([answer.status, answer.headers.get('retry-after')]).toEqual([429, '7']);
    const body = (await answer.json()) as { error_code: string; error_msg: string; request_id: string };
    expect(body).toMatchObject({ error_code: 'APIGW.0308', request_id: answer.headers.get('x-request-id') });
    expect(body.error_msg).toContain('The throttling threshold has been reached');
    // A browser's preflight is the gateway's business, not the API's: never throttled.
    const preflight = await fetch(`${emulator.url}${listPath(emulator)}`, { method: 'OPTIONS', headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'GET' } });
    expect(preflight.status).toBe(204);
  });

  it('draws the same failures from the same seed, and others from another seed', async () => {
    const options = (seed: number): EmulatorOptions => ({ faults: { throttleRate: 0.3, errorRate: 0.2, seed } });
    const first = await statuses(await start(options(42)), 16);
    const again = await statuses(await start(options(42)), 16);
    const other = await statuses(await start(options(7)), 16);
    expect(first).toEqual([200, 200, 429, 200, 200, 200, 200, 502, 200, 502, 200, 429, 502, 429, 429, 429]);
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
  });

  it('answers 502 APIGW.0202 at the error rate, and a failed write changes nothing', async () => {
    const emulator = await start({ faults: { errorRate: 0.5, seed: 3 }, quotas: { cloud_connection: 100 } });
    const created: string[] = [];
    const failed: number[] = [];
    for (let i = 0; i < 12; i++) {
      const answer = await fetch(`${emulator.url}${listPath(emulator)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Auth-Token': emulator.token },
        body: JSON.stringify({ cloud_connection: { name: `cc-${i}` } }),
      });
      const body = (await answer.json()) as { error_code?: string };
      if (answer.status === 201) created.push(`cc-${i}`);
      else {
        expect([answer.status, body.error_code]).toEqual([502, 'APIGW.0202']);
        failed.push(i);
      }
    }
    expect(failed.length).toBeGreaterThan(0);
    expect(created.length).toBeGreaterThan(0);
    let names: string[] | undefined;
    while (names === undefined) {
      const answer = await list(emulator);
      if (answer.status === 200) names = ((await answer.json()) as { cloud_connections: { name: string }[] }).cloud_connections.map((c) => c.name);
      else await answer.arrayBuffer();
    }
    expect(names).toEqual(created);
  });

  it('lets the generated client retry its way through throttling', async () => {
    const emulator = await start({ faults: { throttleRate: 0.5, retryAfterSeconds: 0, seed: 5 } });
    const attempts: (number | null)[] = [];
    const cc = createCloudConnectClient({
      endpoint: emulator.url,
      domainId: emulator.domainId,
      credentials: emulator.credentials,
      retry: { maxAttempts: 10, baseDelayMs: 1 },
      logger: (event) => attempts.push(event.status),
    });
    for (let i = 0; i < 4; i++) await cc.createCloudConnection({ body: { cloud_connection: { name: `cc-retried-${i}` } } });
    expect(attempts.filter((status) => status === 429).length).toBeGreaterThan(0);
    expect(attempts.filter((status) => status === 201)).toHaveLength(4);
    expect((await cc.listCloudConnections()).cloud_connections).toHaveLength(4);
  });

  it.each([
    { given: 'a fixed latency', latencyMs: 200 as FaultOptions['latencyMs'], atLeast: 200 },
    { given: 'a latency range', latencyMs: { min: 150, max: 250 } as FaultOptions['latencyMs'], atLeast: 150 },
  ])('waits $given before answering', async ({ latencyMs, atLeast }) => {
    const emulator = await start({ faults: { latencyMs } });
    const started = performance.now();
    expect((await list(emulator)).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(atLeast - 1);
  });

  it('locks an access key after more than maxFailures bad signatures in a row, for lockSeconds, valid ones included', async () => {
    const emulator = await start({ faults: { lockout: { maxFailures: 2, lockSeconds: 1 } } });
    const bad = () => signedList(emulator, 'wrong-secret');
    const good = () => signedList(emulator);
    const locked = 'Incorrect IAM authentication information: AK access failed to reach the limit,forbidden.';
    // Two failures, then a success: the count starts again.
    expect([(await bad()).status, (await bad()).status, (await good()).status]).toEqual([401, 401, 200]);
    // Three failures in a row lock the key; the third still says why it failed.
    expect((await bad()).error_msg).toContain('verify aksk signature fail');
    expect((await bad()).error_msg).toContain('verify aksk signature fail');
    expect((await bad()).error_msg).toContain('verify aksk signature fail');
    expect(await good()).toEqual({ status: 401, error_msg: locked });
    // The lock is on the key, not the account: its token still works.
    expect((await list(emulator)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await good()).status).toBe(200);
  });

  it('locks no key by default', async () => {
    const emulator = await start({});
    for (let i = 0; i < 8; i++) expect((await signedList(emulator, 'wrong-secret')).status).toBe(401);
    expect((await signedList(emulator)).status).toBe(200);
  });

  it.each([
    { given: 'a throttle rate above 1', faults: { throttleRate: 1.5 }, error: /throttleRate must be a share between 0 and 1, got 1.5/ },
    { given: 'a negative error rate', faults: { errorRate: -0.1 }, error: /errorRate must be a share between 0 and 1/ },
    { given: 'a latency range upside down', faults: { latencyMs: { min: 300, max: 100 } }, error: /latencyMs has max 100 below min 300/ },
    { given: 'a negative lockout', faults: { lockout: { lockSeconds: -1 } }, error: /lockout.lockSeconds must be a number of at least 0/ },
  ])('refuses $given at start-up', async ({ faults, error }) => {
    await expect(startEmulator({ docsDir: false, faults })).rejects.toThrow(error);
  });
});

describe('fault flags', () => {
  it('reads every fault flag into the faults option', () => {
    const values = { 'throttle-rate': '0.2', 'retry-after': '3', 'error-rate': '0.05', 'latency-ms': '100-300', lockout: '5:300', 'fault-seed': '9' };
    expect(serviceOptions(values)).toEqual({
      faults: { throttleRate: 0.2, retryAfterSeconds: 3, errorRate: 0.05, latencyMs: { min: 100, max: 300 }, lockout: { maxFailures: 5, lockSeconds: 300 }, seed: 9 },
    });
    expect(serviceOptions({ 'latency-ms': '250', lockout: '3' }).faults).toEqual({ latencyMs: 250, lockout: { maxFailures: 3 } });
  });

  it.each([
    { values: { 'throttle-rate': '2' }, error: '--throttle-rate must be a share between 0 and 1, e.g. 0.1, got "2".' },
    { values: { 'error-rate': 'often' }, error: '--error-rate must be a share between 0 and 1, e.g. 0.1, got "often".' },
    { values: { 'latency-ms': '300-100' }, error: '--latency-ms 300-100: the maximum is below the minimum.' },
    { values: { 'latency-ms': 'slow' }, error: '--latency-ms must be a whole number of at least 0, got "slow".' },
    { values: { lockout: 'five' }, error: '--lockout must be a whole number of at least 0, got "five".' },
    { values: { 'fault-seed': '' }, error: '--fault-seed must be a whole number of at least 0, got "".' },
  ])('refuses $values', ({ values, error }) => {
    expect(() => serviceOptions(values)).toThrow(error);
  });
});
