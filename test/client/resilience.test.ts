import { describe, expect, it } from 'vitest';
import { CloudConnectError, CloudConnectNetworkError, CloudConnectTimeoutError, createCloudConnectClient, paginate, type AttemptEvent } from '../../src/index.js';
import { type Script } from '../support/scripted-server.js';
import { scriptedClients, SENDERS } from './support/senders.js';

const DOMAIN = '0123456789abcdef0123456789abcdef';
const ID = '2d3f4e5a-1b2c-4d5e-8f90-a1b2c3d4e5f6';
const SECRET = 'sk-never-printed-0123456789';
const cloudConnection = { id: ID, name: 'cc', domain_id: DOMAIN, created_at: '2024-01-02T03:04:05Z', updated_at: '2024-01-02T03:04:05Z' };
const unavailable: Script = { status: 503, body: { error_code: 'APIGW.0203', error_msg: 'Service unavailable.' } };


describe.each(SENDERS)('over $sender', ({ options: senderOptions }) => {
  const setup = scriptedClients({ domainId: DOMAIN, credentials: { accessKey: 'HPUAEXAMPLEAK0000001', secretKey: SECRET }, retry: { maxAttempts: 3, baseDelayMs: 5, maxDelayMs: 20 }, ...senderOptions });

  describe('retries', () => {
    it('retries a GET through two 503s and succeeds on the third attempt, re-signing each time', async () => {
      let tick = Date.parse('2024-01-02T03:04:05Z');
      const { cc, server, events } = await setup([unavailable, unavailable, { status: 200, body: { request_id: 'r', cloud_connection: cloudConnection } }], {
        now: () => new Date((tick += 1000)),
      });
      const result = await cc.showCloudConnection({ id: ID });
      expect(result.cloud_connection.id).toBe(ID);
      expect(server.arrivals).toHaveLength(3);
      expect(events.map((e) => [e.attempt, e.status, e.retryInMs === null])).toEqual([
        [1, 503, false],
        [2, 503, false],
        [3, 200, true],
      ]);
      const dates = server.arrivals.map((a) => a.headers['x-sdk-date']);
      expect(dates).toEqual(['20240102T030406Z', '20240102T030407Z', '20240102T030408Z']);
      expect(new Set(server.arrivals.map((a) => a.headers.authorization)).size).toBe(3);
    });

    const throttled = (retryAfter: string): Script => ({ status: 429, headers: { 'Retry-After': retryAfter }, body: { error_code: 'APIGW.0308', error_msg: 'Throttled.' } });
    const httpDate = (fromNowMs: number) => new Date(Date.now() + fromNowMs).toUTCString();

    // Backoff is set to minutes here, so an attempt made at once can only come from the Retry-After header.
    it.each<[string, () => string, { arrivals: number; retryInMs: number | null; status: number }]>([
      ['seconds beyond the 60 s cap: the 429 is returned', () => '61', { arrivals: 1, retryInMs: null, status: 429 }],
      ['an HTTP date an hour ahead, beyond the cap: the 429 is returned', () => httpDate(3_600_000), { arrivals: 1, retryInMs: null, status: 429 }],
      ['an HTTP date already past: retried at once', () => httpDate(-5_000), { arrivals: 2, retryInMs: 0, status: 200 }],
    ])('Retry-After as %s', async (_, retryAfter, want) => {
      const { cc, server, events } = await setup([throttled(retryAfter()), { status: 200, body: { request_id: 'r', cloud_connection: cloudConnection } }], {
        retry: { maxAttempts: 3, baseDelayMs: 600_000, maxDelayMs: 600_000 },
      });
      const status = await cc.showCloudConnection({ id: ID }).then(
        () => 200,
        (error: unknown) => (error as CloudConnectError).status,
      );
      expect({ arrivals: server.arrivals.length, retryInMs: events[0]!.retryInMs, status }).toEqual(want);
    });

    it('does not retry a POST create after a 503: it may have been carried out', async () => {
      const { cc, server } = await setup([unavailable, { status: 201, body: {} }]);
      const error = await cc.createCloudConnection({ body: { cloud_connection: { name: 'cc' } } }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CloudConnectError);
      expect([(error as CloudConnectError).status, (error as CloudConnectError).errorCode]).toEqual([503, 'APIGW.0203']);
      expect(server.arrivals).toHaveLength(1);
    });

    it('never retries a 401 APIGW.0301, and types it', async () => {
      const { cc, server } = await setup([{ status: 401, body: { error_code: 'APIGW.0301', error_msg: 'Incorrect IAM authentication information: verify aksk signature fail.' } }]);
      const error = (await cc.showCloudConnection({ id: ID }).catch((e: unknown) => e)) as CloudConnectError;
      expect(error).toBeInstanceOf(CloudConnectError);
      expect([error.status, error.errorCode, error.operationId, error.requestId]).toEqual([401, 'APIGW.0301', 'ShowCloudConnection', 'req-1']);
      expect(server.arrivals).toHaveLength(1);
    });

    it('explains a rejected signature by the clock difference the Date header shows', async () => {
      const { cc } = await setup([{ status: 401, headers: { Date: 'Tue, 02 Jan 2024 03:04:05 GMT' }, body: { error_code: 'APIGW.0303', error_msg: 'Signature expired.' } }], {
        now: () => new Date('2024-01-02T04:04:05Z'),
      });
      const error = (await cc.showCloudConnection({ id: ID }).catch((e: unknown) => e)) as CloudConnectError;
      expect(error.message).toMatch(/^ShowCloudConnection failed with HTTP 401 APIGW\.0303: Signature expired\. \(request id req-1\) The local clock is 1 ?h(our)?.* ahead of the gateway's/);
    });

    it('gives up after maxAttempts and reports the last answer', async () => {
      const { cc, server } = await setup([unavailable], { retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1 } });
      await expect(cc.listCloudConnections()).rejects.toMatchObject({ status: 503, operationId: 'ListCloudConnections' });
      expect(server.arrivals).toHaveLength(2);
    });
  });

  describe('timeouts and failures without an answer', () => {
    it('times out a hung server after timeoutMs and says so', async () => {
      const { cc, server } = await setup(['hang'], { timeoutMs: 150, retry: false });
      const error = (await cc.showCloudConnection({ id: ID }).catch((e: unknown) => e)) as CloudConnectTimeoutError;
      expect(error).toBeInstanceOf(CloudConnectTimeoutError);
      expect([error.reason, error.timeoutMs, error.attempts, error.operationId]).toEqual(['timeout', 150, 1, 'ShowCloudConnection']);
      expect(error.message).toBe('ShowCloudConnection timed out: no answer within timeoutMs=150 on attempt 1. Raise timeoutMs if the call is slow, or check the endpoint.');
      expect(server.arrivals).toHaveLength(1);
    });

    it("tells the caller's abort apart from a timeout, and does not retry it", async () => {
      const { cc, server } = await setup(['hang'], { timeoutMs: 5000 });
      const controller = new AbortController();
      const pending = cc.showCloudConnection({ id: ID }, { signal: controller.signal }).catch((e: unknown) => e);
      while (server.arrivals.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
      controller.abort();
      const error = (await pending) as CloudConnectTimeoutError;
      expect([error.name, error.reason]).toEqual(['CloudConnectTimeoutError', 'aborted']);
      expect(server.arrivals).toHaveLength(1);
    });

    it('retries a refused connection (nothing was sent) and then reports a network error', async () => {
      const { server } = await setup([{ status: 200 }]);
      const port = new URL(server.url).port;
      await server.close();
      const events: AttemptEvent[] = [];
      const cc = createCloudConnectClient({
        endpoint: `http://127.0.0.1:${port}`,
        domainId: DOMAIN,
        credentials: { token: 'tok' },
        retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1 },
        logger: (event) => events.push(event),
        ...senderOptions,
      });
      const error = await cc.createCloudConnection({ body: { cloud_connection: { name: 'cc' } } }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CloudConnectNetworkError);
      expect((error as Error).message).toMatch(/^CreateCloudConnection got no answer after 2 attempts: .*ECONNREFUSED/);
      expect(events.map((e) => [e.attempt, e.failure])).toEqual([
        [1, 'network'],
        [2, 'network'],
      ]);
    });
  });

  describe('the logger', () => {
    it('gets one event per attempt with no credential, signature or body in it', async () => {
      const { cc, events } = await setup([unavailable, { status: 200, body: { request_id: 'r', cloud_connection: cloudConnection } }], {
        credentials: { accessKey: 'HPUAEXAMPLEAK0000001', secretKey: SECRET, securityToken: 'session-token-secret' },
      });
      await cc.updateCloudConnection({ id: ID, body: { cloud_connection: { name: 'cc' } } });
      expect(events.map(({ durationMs, retryInMs, ...rest }) => ({ ...rest, timed: durationMs >= 0, retried: retryInMs !== null }))).toEqual([
        { operationId: 'UpdateCloudConnection', method: 'PUT', path: `/v3/${DOMAIN}/ccaas/cloud-connections/${ID}`, attempt: 1, status: 503, requestId: 'req-1', failure: null, timed: true, retried: true },
        { operationId: 'UpdateCloudConnection', method: 'PUT', path: `/v3/${DOMAIN}/ccaas/cloud-connections/${ID}`, attempt: 2, status: 200, requestId: 'req-2', failure: null, timed: true, retried: false },
      ]);
      const printed = JSON.stringify(events);
      for (const secret of [SECRET, 'session-token-secret', 'Signature=', 'SDK-HMAC']) expect(printed).not.toContain(secret);
    });
  });

  describe('pagination', () => {
    const page = (ids: string[], next?: string) => ({
      status: 200,
      body: { request_id: 'r', page_info: { current_count: ids.length, ...(next ? { next_marker: next } : {}) }, cloud_connections: ids.map((id) => ({ ...cloudConnection, id })) },
    });

    it('follows next_marker over three pages, keeping the filters', async () => {
      const { cc, server } = await setup([page(['a', 'b'], 'b'), page(['c', 'd'], 'd'), page(['e'])]);
      const ids: string[] = [];
      for await (const item of paginate(cc, 'ListCloudConnections', { limit: 2, status: ['ACTIVE'] })) ids.push(item.id);
      expect(ids).toEqual(['a', 'b', 'c', 'd', 'e']);
      expect(server.arrivals.map((a) => a.url)).toEqual([
        `/v3/${DOMAIN}/ccaas/cloud-connections?limit=2&status=ACTIVE`,
        `/v3/${DOMAIN}/ccaas/cloud-connections?limit=2&marker=b&status=ACTIVE`,
        `/v3/${DOMAIN}/ccaas/cloud-connections?limit=2&marker=d&status=ACTIVE`,
      ]);
    });

    it('stops at a next_marker it has already followed instead of looping', async () => {
      const { cc, server } = await setup([page(['a'], 'm1'), page(['b'], 'm2'), page(['c'], 'm1'), page(['d'])]);
      const ids: string[] = [];
      for await (const item of paginate(cc, 'ListCloudConnections', { limit: 1 })) ids.push(item.id);
      expect(ids).toEqual(['a', 'b', 'c']);
      expect(server.arrivals.map((a) => a.url)).toEqual([
        `/v3/${DOMAIN}/ccaas/cloud-connections?limit=1`,
        `/v3/${DOMAIN}/ccaas/cloud-connections?limit=1&marker=m1`,
        `/v3/${DOMAIN}/ccaas/cloud-connections?limit=1&marker=m2`,
      ]);
    });

    it('yields whole pages from .pages()', async () => {
      const { cc } = await setup([page(['a'], 'a'), page([])]);
      const counts: number[] = [];
      for await (const p of paginate(cc, 'ListCloudConnections').pages()) counts.push(p.page_info?.current_count ?? -1);
      expect(counts).toEqual([1, 0]);
    });

    it('refuses an operation that returns no list', () => {
      const cc = createCloudConnectClient({ domainId: DOMAIN, credentials: { token: 't' } });
      expect(() => paginate(cc, 'ShowCloudConnection' as never)).toThrow('paginate: ShowCloudConnection does not return a list; use one of the List… operations.');
    });
  });
});
