import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CloudConnectError, CloudConnectPermissionError, CloudConnectTimeoutError, createCloudConnectClient, type CloudConnectClientOptions } from '../../src/index.js';
import { type Script } from '../support/scripted-server.js';
import { scriptedClients, SENDERS } from './support/senders.js';

// Each failure here escaped the documented error types before the client sent requests itself (issue 15).
const DOMAIN = '0123456789abcdef0123456789abcdef';
const ID = '2d3f4e5a-1b2c-4d5e-8f90-a1b2c3d4e5f6';
const ACCESS_KEY = 'HPUAEXAMPLEAK0000001';
const SECRET = 'sk-never-printed-0123456789';
const SECURITY_TOKEN = 'session-token-secret+/=';
const IAM_TOKEN = 'iam-token-never-printed-0123';
const cloudConnection = { id: ID, name: 'cc', domain_id: DOMAIN, created_at: '2024-01-02T03:04:05Z', updated_at: '2024-01-02T03:04:05Z' };


describe.each(SENDERS)('over $sender', ({ options: senderOptions }) => {
  const setup = scriptedClients({ domainId: DOMAIN, credentials: { accessKey: ACCESS_KEY, secretKey: SECRET }, retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1 }, ...senderOptions });

  it('times out a body that stalls after the headers, as CloudConnectTimeoutError, and retries a GET', async () => {
    const { cc, server, events } = await setup([{ stallAfter: '{"cloud_connection":' }], { timeoutMs: 200 });
    const error = (await cc.showCloudConnection({ id: ID }).catch((e: unknown) => e)) as CloudConnectTimeoutError;
    expect(error).toBeInstanceOf(CloudConnectTimeoutError);
    expect([error.reason, error.attempts, error.operationId]).toEqual(['timeout', 2, 'ShowCloudConnection']);
    expect(server.arrivals).toHaveLength(2);
    expect(events.map((e) => [e.attempt, e.status, e.failure])).toEqual([
      [1, null, 'timeout'],
      [2, null, 'timeout'],
    ]);
  });

  it("ends the call when the caller's signal aborts after the headers arrived, before timeoutMs", async () => {
    const { cc, server } = await setup([{ stallAfter: '{"cloud_connection":' }], { timeoutMs: 15_000 });
    const controller = new AbortController();
    const pending = cc.showCloudConnection({ id: ID }, { signal: controller.signal }).catch((e: unknown) => e);
    while (server.arrivals.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    // Long enough for the status and headers to reach the client.
    await new Promise((resolve) => setTimeout(resolve, 100));
    controller.abort();
    const error = (await pending) as CloudConnectTimeoutError;
    expect(error).toBeInstanceOf(CloudConnectTimeoutError);
    expect([error.reason, error.attempts]).toEqual(['aborted', 1]);
    expect(server.arrivals).toHaveLength(1);
  }, 10_000);

  it.each<[string, Script, string]>([
    ['an HTML login page', { status: 200, headers: { 'Content-Type': 'text/html' }, rawBody: '<html>sign in</html>' }, 'text/html'],
    ['truncated JSON', { status: 200, rawBody: '{"cloud_connection": {' }, 'application/json'],
  ])('turns an unreadable 2xx body (%s) into a CloudConnectError naming the operation, status and content type', async (_name, script, contentType) => {
    const { cc } = await setup([script]);
    const error = (await cc.showCloudConnection({ id: ID }).catch((e: unknown) => e)) as CloudConnectError;
    expect(error).toBeInstanceOf(CloudConnectError);
    expect([error.operationId, error.status, error.requestId]).toEqual(['ShowCloudConnection', 200, 'req-1']);
    expect(error.message).toContain(`ShowCloudConnection failed with HTTP 200: the answer body is not valid JSON (Content-Type: ${contentType}`);
  });

  it.each<[string, Partial<CloudConnectClientOptions>, string[]]>([
    ['temporary AK/SK', { credentials: { accessKey: ACCESS_KEY, secretKey: SECRET, securityToken: SECURITY_TOKEN } }, [ACCESS_KEY, SECRET, SECURITY_TOKEN, encodeURIComponent(SECURITY_TOKEN)]],
    ['an IAM token', { credentials: { token: IAM_TOKEN } }, [IAM_TOKEN]],
  ])('scrubs credentials the server echoes back (%s) from the error and the log events', async (_name, options, secrets) => {
    const echo = secrets.join(' / ');
    const { cc, events } = await setup(
      [{ status: 400, headers: { 'X-Request-Id': `req-${secrets[0]}` }, body: { error_code: 'APIGW.0101', error_msg: `Bad header: ${echo}`, request_id: echo } }],
      options,
    );
    const error = (await cc.showCloudConnection({ id: ID }).catch((e: unknown) => e)) as CloudConnectError;
    expect(error).toBeInstanceOf(CloudConnectError);
    expect(error.errorMsg).toMatch(/^Bad header: \[redacted\]/);
    const rendered = [error.message, error.stack, inspect(error), JSON.stringify(error), JSON.stringify(events)].join('\n');
    for (const secret of secrets) expect(rendered).not.toContain(secret);
    expect(events[0]!.requestId).toBe('req-[redacted]');
  });

  it('clears every attempt timer when the call settles, so nothing of a finished call stays pending', async () => {
    const { cc } = await setup([{ status: 200, body: { request_id: 'r', cloud_connection: cloudConnection } }], { timeoutMs: 30_000 });
    await cc.showCloudConnection({ id: ID });
    // Watches the timers the client starts: an uncleared one (even unref'd) keeps its request alive until it fires.
    const pending = new Set<unknown>();
    const { setTimeout: realSet, clearTimeout: realClear } = globalThis;
    globalThis.setTimeout = ((callback: () => void, ms?: number) => {
      const handle = realSet(() => (pending.delete(handle), callback()), ms);
      if (ms === 30_000) pending.add(handle);
      return handle;
    }) as typeof setTimeout;
    globalThis.clearTimeout = ((handle: Parameters<typeof clearTimeout>[0]) => (pending.delete(handle), realClear(handle))) as typeof clearTimeout;
    try {
      for (let i = 0; i < 5; i++) await cc.showCloudConnection({ id: ID });
    } finally {
      globalThis.setTimeout = realSet;
      globalThis.clearTimeout = realClear;
    }
    expect(pending.size).toBe(0);
  });
});

describe('a runtime that refuses network access (Deno without --allow-net)', () => {
  it.each(['PermissionDenied', 'NotCapable'])('reports %s as CloudConnectPermissionError, not a network error, without retrying', async (name) => {
    let calls = 0;
    const cc = createCloudConnectClient({
      endpoint: 'https://cc.example.test',
      domainId: DOMAIN,
      credentials: { token: IAM_TOKEN },
      fetch: async () => {
        calls++;
        throw Object.assign(new Error('Requires net access to "cc.example.test:443", run again with the --allow-net flag'), { name });
      },
    });
    const error = (await cc.showCloudConnection({ id: ID }).catch((e: unknown) => e)) as CloudConnectPermissionError;
    expect(error).toBeInstanceOf(CloudConnectPermissionError);
    expect([error.name, error.operationId, error.message]).toEqual([
      'CloudConnectPermissionError',
      'ShowCloudConnection',
      'ShowCloudConnection was not sent: the runtime refused network access to cc.example.test. Grant it (Deno: --allow-net=cc.example.test).',
    ]);
    expect(calls).toBe(1);
  });
});
