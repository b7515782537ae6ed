import { describe, expect, it } from 'vitest';
import { type Script } from '../support/scripted-server.js';
import { scriptedClients, SENDERS } from './support/senders.js';

// Retry-After waited out for real over both senders (about 5 s in all). Left out of the mutation run
// (vitest.mutation.config.ts): transport.unit.test.ts and retry-policy.test.ts reach the same branches with a
// stub sender in milliseconds, and every mutant on the request path would otherwise wait these seconds.

const DOMAIN = '0123456789abcdef0123456789abcdef';
const ID = '2d3f4e5a-1b2c-4d5e-8f90-a1b2c3d4e5f6';
const SECRET = 'sk-never-printed-0123456789';
const cloudConnection = { id: ID, name: 'cc', domain_id: DOMAIN, created_at: '2024-01-02T03:04:05Z', updated_at: '2024-01-02T03:04:05Z' };
const throttled = (retryAfter: string): Script => ({ status: 429, headers: { 'Retry-After': retryAfter }, body: { error_code: 'APIGW.0308', error_msg: 'Throttled.' } });
const httpDate = (fromNowMs: number) => new Date(Date.now() + fromNowMs).toUTCString();

describe.each(SENDERS)('over $sender', ({ options: senderOptions }) => {
  const setup = scriptedClients({ domainId: DOMAIN, credentials: { accessKey: 'HPUAEXAMPLEAK0000001', secretKey: SECRET }, retry: { maxAttempts: 3, baseDelayMs: 5, maxDelayMs: 20 }, ...senderOptions });

  it('waits out a 429 Retry-After of 1 second, even for a POST', async () => {
    const { cc, server, events } = await setup([
      throttled('1'),
      { status: 201, body: { request_id: 'r', cloud_connection: cloudConnection } },
    ]);
    const started = Date.now();
    await cc.createCloudConnection({ body: { cloud_connection: { name: 'cc' } } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(990);
    expect(server.arrivals.map((a) => a.method)).toEqual(['POST', 'POST']);
    expect(server.arrivals[1]!.body).toBe('{"cloud_connection":{"name":"cc"}}');
    expect(events[0]!.retryInMs).toBe(1000);
  });

  it('waits until an HTTP-date Retry-After two seconds ahead', async () => {
    const { cc, server, events } = await setup([throttled(httpDate(2_000)), { status: 200, body: { request_id: 'r', cloud_connection: cloudConnection } }], {
      retry: { maxAttempts: 3, baseDelayMs: 600_000, maxDelayMs: 600_000 },
    });
    await cc.showCloudConnection({ id: ID });
    expect(server.arrivals).toHaveLength(2);
    // The date has whole seconds, so the wait is between one and two seconds, never the minutes of the backoff.
    expect(events[0]!.retryInMs).toBeGreaterThan(900);
    expect(events[0]!.retryInMs).toBeLessThanOrEqual(2_000);
  });
});
