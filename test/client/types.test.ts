import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import { createCloudConnectClient, type CloudConnection, type UpdateCloudConnectionRequestBody } from '../../src/index.js';

const DOMAIN = '0123456789abcdef0123456789abcdef';
const CONNECTION = { id: 'cc-1', name: 'edge', status: 'ACTIVE' } as const;

interface Seen {
  method: string;
  url: string;
  body: string | null;
}
let seen: Seen[] = [];
afterEach(() => {
  seen = [];
});

/** A stub service: records every request and answers with the one connection, or with nothing for a DELETE. */
const cc = createCloudConnectClient({
  domainId: DOMAIN,
  credentials: { token: 't' },
  fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    seen.push({ method: request.method, url: request.url, body: request.body ? await request.text() : null });
    return request.method === 'DELETE' ? new Response(null, { status: 204 }) : Response.json({ cloud_connection: CONNECTION, request_id: 'r-1' });
  },
});

describe('operation method types', () => {
  it('types the body and the result from the spec, and a call resolves to the answer as typed', async () => {
    expectTypeOf(cc.updateCloudConnection).parameter(0).toHaveProperty('body').toEqualTypeOf<UpdateCloudConnectionRequestBody>();
    expectTypeOf(cc.showCloudConnection).returns.resolves.toHaveProperty('cloud_connection').toEqualTypeOf<CloudConnection>();
    expectTypeOf(cc.deleteCloudConnection).returns.resolves.toEqualTypeOf<void>();
    expectTypeOf<CloudConnection['status']>().toEqualTypeOf<'ACTIVE' | undefined>();

    const shown = await cc.showCloudConnection({ id: 'cc-1' });
    expectTypeOf(shown.cloud_connection).toEqualTypeOf<CloudConnection>();
    expect(shown.cloud_connection).toEqual(CONNECTION);
    expect(await cc.deleteCloudConnection({ id: 'cc-1' })).toBeUndefined();
    expect(seen.map(({ method, url }) => `${method} ${new URL(url).pathname}`)).toEqual([
      `GET /v3/${DOMAIN}/ccaas/cloud-connections/cc-1`,
      `DELETE /v3/${DOMAIN}/ccaas/cloud-connections/cc-1`,
    ]);
  });

  it('refuses wrong arguments at compile time; at run time only what the client can tell', async () => {
    // `npm run typecheck` covers test/: each @ts-expect-error fails the build if the call it marks type-checks.
    // @ts-expect-error a misspelt body field is not part of UpdateCloudConnection
    const misspelt = cc.updateCloudConnection({ id: 'cc-1', body: { cloud_connection: { nmae: 'typo' } } });
    // @ts-expect-error the id is required
    const withoutId = cc.showCloudConnection({});
    // @ts-expect-error status filters take the enum values only
    const badStatus = cc.listCloudConnections({ status: ['DOWN'] });
    // @ts-expect-error domain_id comes from the client, not from the arguments
    const withDomain = cc.showCloudConnection({ id: 'cc-1', domain_id: 'y' });

    // Body fields and enum values are the compiler's job: the client sends them as given and the service judges.
    await expect(misspelt).resolves.toEqual({ cloud_connection: CONNECTION, request_id: 'r-1' });
    await expect(badStatus).resolves.toEqual({ cloud_connection: CONNECTION, request_id: 'r-1' });
    await expect(withoutId).rejects.toThrow(/id/);
    await expect(withDomain).rejects.toThrow('ShowCloudConnection: unknown argument "domain_id"');
    // Sorted: the two calls run at once and the stub reads the PUT's body before recording it.
    expect(seen.map(({ method, url, body }) => [method, new URL(url).pathname + new URL(url).search, body]).sort()).toEqual([
      ['GET', `/v3/${DOMAIN}/ccaas/cloud-connections?status=DOWN`, null],
      ['PUT', `/v3/${DOMAIN}/ccaas/cloud-connections/cc-1`, '{"cloud_connection":{"nmae":"typo"}}'],
    ]);
  });
});
