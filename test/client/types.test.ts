import { describe, expectTypeOf, it } from 'vitest';
import { createCloudConnectClient, type CloudConnection, type UpdateCloudConnectionRequestBody } from '../../src/index.js';

const cc = createCloudConnectClient({ domainId: '0123456789abcdef0123456789abcdef', credentials: { token: 't' }, fetch: async () => Response.json({}) });

describe('operation method types', () => {
  it('types the body and the result from the spec', () => {
    expectTypeOf(cc.updateCloudConnection).parameter(0).toHaveProperty('body').toEqualTypeOf<UpdateCloudConnectionRequestBody>();
    expectTypeOf(cc.showCloudConnection).returns.resolves.toHaveProperty('cloud_connection').toEqualTypeOf<CloudConnection>();
    expectTypeOf(cc.deleteCloudConnection).returns.resolves.toEqualTypeOf<void>();
    expectTypeOf<CloudConnection['status']>().toEqualTypeOf<'ACTIVE' | undefined>();
  });

  it('refuses wrong arguments at compile time', () => {
    // Never awaited: these calls exist for the compiler, which `npm test` runs over test/.
    const typeOnly = () => {
      // @ts-expect-error a misspelt body field is not part of UpdateCloudConnection
      void cc.updateCloudConnection({ id: 'x', body: { cloud_connection: { nmae: 'typo' } } });
      // @ts-expect-error the id is required
      void cc.showCloudConnection({});
      // @ts-expect-error status filters take the enum values only
      void cc.listCloudConnections({ status: ['DOWN'] });
      // @ts-expect-error domain_id comes from the client, not from the arguments
      void cc.showCloudConnection({ id: 'x', domain_id: 'y' });
    };
    expectTypeOf(typeOnly).toBeFunction();
  });
});
