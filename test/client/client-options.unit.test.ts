import { describe, expect, it } from 'vitest';
import { createCloudConnectClient } from '../../src/index.js';

// The attempt timeout createCloudConnectClient applies (its refused options are a table in runtime.unit.test.ts),
// over a stub fetch that answers late, with no server.

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
