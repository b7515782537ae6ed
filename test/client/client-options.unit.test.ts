import { describe, expect, it } from 'vitest';
import { createCloudConnectClient } from '../../src/index.js';

// Options of createCloudConnectClient beside the table in runtime.unit.test.ts: credentials it refuses (a missing
// object, an empty secret key; operations.test.ts refuses them over HTTP too) and the attempt timeout it applies,
// over a stub fetch that answers late, with no server.

describe('credentials refused by createCloudConnectClient', () => {
  const domainId = 'a'.repeat(32);
  const refusal = 'createCloudConnectClient: credentials must be { accessKey, secretKey, securityToken? } or { token } with non-empty strings.';
  it.each<[string, unknown]>([
    ['no credentials', undefined],
    ['credentials that are null', null],
    ['an empty secret key', { accessKey: 'AK', secretKey: '' }],
    ['an access key without a secret key', { accessKey: 'AK' }],
  ])('%s', (_, credentials) => {
    expect(() => createCloudConnectClient({ domainId, credentials } as never)).toThrow(new TypeError(refusal));
  });
});

describe('the attempt timeout of createCloudConnectClient', () => {
  const delayed = (ms: number) => async () => new Promise<Response>((resolve) => setTimeout(() => resolve(Response.json({ request_id: 'r', tags: [] })), ms));
  it.each<[string, number | undefined, number, string]>([
    ['defaults to 30 s: an answer after 50 ms arrives', undefined, 50, 'answered'],
    ['timeoutMs 20 ends an attempt still unanswered at 20 ms', 20, 1000, 'CloudConnectTimeoutError timeout'],
  ])('%s', async (_, timeoutMs, answerAfterMs, want) => {
    const cc = createCloudConnectClient({ domainId: 'a'.repeat(32), credentials: { token: 't' }, retry: false, fetch: delayed(answerAfterMs), ...(timeoutMs === undefined ? {} : { timeoutMs }) });
    // The 2 s abort only ends a client that retries forever (a mutant), which would otherwise outlive the test.
    const outcome = await cc.listBandwidthPackageTags({}, { signal: AbortSignal.timeout(2000) }).then(
      () => 'answered',
      (error: { name: string; reason?: string }) => `${error.name} ${error.reason}`,
    );
    expect(outcome).toBe(want);
  });
});
