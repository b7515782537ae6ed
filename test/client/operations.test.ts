import { afterEach, describe, expect, it } from 'vitest';
import { buildViewModel } from '../../generator/steps/model.js';
import { createGenericClient } from '../../src/generic.js';
import { CloudConnectError, createCloudConnectClient, type CloudConnectClient } from '../../src/index.js';
import { loadBundle } from '../support/spec.js';
import { recordingServer, SENDERS, type Seen } from './support/senders.js';

const viewModelMethodNames = buildViewModel(loadBundle()).operations.map((op) => op.methodName);

const DOMAIN = '0123456789abcdef0123456789abcdef';
const CC_ID = '2d3f4e5a-1b2c-4d5e-8f90-a1b2c3d4e5f6';

let closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.map((close) => close()));
  closers = [];
});

describe.each(SENDERS)('over $sender', ({ options: senderOptions }) => {
  /** A client whose requests a loopback server records and answers with `reply`. */
  async function observed(reply: (seen: Seen) => Response = () => Response.json({ request_id: 'r' }, { status: 200 })) {
    const server = await recordingServer(reply);
    closers.push(server.close);
    const clientOptions = { endpoint: server.url, domainId: DOMAIN, credentials: { token: 'iam-token-value' }, ...senderOptions };
    const cc: CloudConnectClient = createCloudConnectClient(clientOptions);
    return { cc, requests: server.requests, clientOptions };
  }

  const cloudConnection = {
    id: CC_ID,
    name: 'new cloud-connection name',
    domain_id: DOMAIN,
    created_at: '2023-09-20T08:28:28Z',
    updated_at: '2023-09-20T09:24:38Z',
  };

  describe('operation methods build the request Huawei documents', () => {
    const cases: { name: string; call: (cc: CloudConnectClient) => Promise<unknown>; want: Pick<Seen, 'method' | 'path' | 'body'> }[] = [
      {
        name: 'updateCloudConnection: PUT with domain id, id and JSON body',
        call: (cc) => cc.updateCloudConnection({ id: CC_ID, body: { cloud_connection: { name: 'new cloud-connection name', description: 'new cloud-connection description' } } }),
        want: {
          method: 'PUT',
          path: `/v3/${DOMAIN}/ccaas/cloud-connections/${CC_ID}`,
          body: '{"cloud_connection":{"name":"new cloud-connection name","description":"new cloud-connection description"}}',
        },
      },
      {
        name: 'listCloudConnections: array filters as repeated keys',
        call: (cc) => cc.listCloudConnections({ limit: 2, id: ['a', 'b'], status: ['ACTIVE'], name: ['x y'] }),
        want: { method: 'GET', path: `/v3/${DOMAIN}/ccaas/cloud-connections?limit=2&id=a&id=b&name=x%20y&status=ACTIVE`, body: '' },
      },
      {
        name: 'listCloudConnections: no arguments at all',
        call: (cc) => cc.listCloudConnections(),
        want: { method: 'GET', path: `/v3/${DOMAIN}/ccaas/cloud-connections`, body: '' },
      },
      {
        name: 'showCloudConnection: an id with reserved characters stays one segment',
        call: (cc) => cc.showCloudConnection({ id: 'a/../../b?x=1#f' }),
        want: { method: 'GET', path: `/v3/${DOMAIN}/ccaas/cloud-connections/a%2F..%2F..%2Fb%3Fx%3D1%23f`, body: '' },
      },
      {
        name: 'tagCloudConnection: POST to the tag sub-resource',
        call: (cc) => cc.tagCloudConnection({ id: CC_ID, body: { tags: [{ key: 'env', value: 'prod' }] } }),
        want: { method: 'POST', path: `/v3/${DOMAIN}/ccaas/cloud-connections/${CC_ID}/tag`, body: '{"tags":[{"key":"env","value":"prod"}]}' },
      },
    ];
    it.each(cases)('$name', async ({ call, want }) => {
      const { cc, requests } = await observed();
      await call(cc);
      expect(requests).toHaveLength(1);
      expect({ method: requests[0]!.method, path: requests[0]!.path, body: requests[0]!.body }).toEqual(want);
      expect(requests[0]!.headers['x-auth-token']).toBe('iam-token-value');
      expect(requests[0]!.headers['x-domain-id']).toBe(DOMAIN);
    });
  });

  describe('operation results', () => {
    it('resolves to the typed body', async () => {
      const { cc } = await observed(() => Response.json({ request_id: 'req-1', cloud_connection: cloudConnection }));
      const result = await cc.showCloudConnection({ id: CC_ID });
      expect(result.cloud_connection.name).toBe('new cloud-connection name');
      expect(result.request_id).toBe('req-1');
    });

    it('resolves to undefined for a 204', async () => {
      const { cc } = await observed(() => new Response(null, { status: 204, headers: { 'X-Request-Id': 'r-204' } }));
      await expect(cc.deleteCloudConnection({ id: CC_ID })).resolves.toBeUndefined();
    });

    it('throws CloudConnectError naming the operation, status, code, message and request id', async () => {
      const { cc } = await observed(() => Response.json({ error_code: 'CC.1031', error_msg: 'The cloud connection name already exists.' }, { status: 400, headers: { 'X-Request-Id': 'req-9' } }));
      const error = await cc.updateCloudConnection({ id: CC_ID, body: { cloud_connection: { name: 'dup' } } }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CloudConnectError);
      expect({ ...(error as CloudConnectError), message: (error as Error).message }).toEqual({
        name: 'CloudConnectError',
        status: 400,
        errorCode: 'CC.1031',
        errorMsg: 'The cloud connection name already exists.',
        requestId: 'req-9',
        operationId: 'UpdateCloudConnection',
        message: 'UpdateCloudConnection failed with HTTP 400 CC.1031: The cloud connection name already exists. (request id req-9)',
      });
    });

    it('keeps the generic openapi-fetch methods, in their own entry, with their { data, error, response } result', async () => {
      const { requests, clientOptions } = await observed(() => Response.json({ error_code: 'CC.1001', error_msg: 'bad' }, { status: 400 }));
      const generic = createGenericClient(clientOptions);
      const { data, error, response } = await generic.GET('/v3/{domain_id}/ccaas/cloud-connections/{id}', { params: { path: { domain_id: DOMAIN, id: CC_ID } } });
      expect([data, error, response.status]).toEqual([undefined, { error_code: 'CC.1001', error_msg: 'bad' }, 400]);
      expect(requests[0]!.path).toBe(`/v3/${DOMAIN}/ccaas/cloud-connections/${CC_ID}`);
      expect(requests[0]!.headers['x-auth-token']).toBe('iam-token-value');
    });

    it('signs generic PUTs like the operation methods, and fills {domain_id} when left out', async () => {
      const { requests, clientOptions } = await observed(() => Response.json({ request_id: 'r' }));
      const options = { ...clientOptions, credentials: { accessKey: 'HPUAEXAMPLEAK0000001', secretKey: 'exampleSecretKey0000000000000000000000001' }, now: () => new Date('2024-01-02T03:04:05Z') };
      const generic = createGenericClient(options);
      const cc = createCloudConnectClient(options);
      const body = { cloud_connection: { name: 'same' } };
      const { data } = await generic.PUT('/v3/{domain_id}/ccaas/cloud-connections/{id}', { params: { path: { id: CC_ID } as never }, body });
      await cc.updateCloudConnection({ id: CC_ID, body });
      expect(data).toEqual({ request_id: 'r' });
      expect(requests.map((r) => r.path)).toEqual([`/v3/${DOMAIN}/ccaas/cloud-connections/${CC_ID}`, `/v3/${DOMAIN}/ccaas/cloud-connections/${CC_ID}`]);
      expect(requests[0]!.headers.authorization).toMatch(/^SDK-HMAC-SHA256 Access=HPUAEXAMPLEAK0000001, SignedHeaders=content-type;host;x-domain-id;x-sdk-date, Signature=[\da-f]{64}$/);
      expect(requests[1]!.headers.authorization).toBe(requests[0]!.headers.authorization);
    });
  });

  describe('bad input is refused before anything is sent', () => {
    const cases: { name: string; call: (cc: CloudConnectClient) => Promise<unknown>; want: string }[] = [
      { name: 'missing id', call: (cc) => cc.showCloudConnection({} as never), want: 'ShowCloudConnection: the path parameter "id" is missing or empty; pass the resource\'s id as { id: \'…\' }.' },
      { name: 'dot id', call: (cc) => cc.showCloudConnection({ id: '.' }), want: 'ShowCloudConnection: the path parameter "id" is "."; pass the resource\'s id as { id: \'…\' }.' },
      { name: 'dot-dot id', call: (cc) => cc.deleteCloudConnection({ id: '..' }), want: 'DeleteCloudConnection: the path parameter "id" is ".."; pass the resource\'s id as { id: \'…\' }.' },
      { name: 'unknown argument', call: (cc) => cc.listCloudConnections({ limt: 5 } as never), want: 'ListCloudConnections: unknown argument "limt"; it accepts "limit", "marker", "id", "name", "description", "enterprise_project_id", "status", "type", "used_scene".' },
    ];
    it.each(cases)('$name', async ({ call, want }) => {
      const { cc, requests } = await observed();
      await expect(call(cc)).rejects.toThrow(want);
      expect(requests).toEqual([]);
    });

    const optionCases: { name: string; options: unknown; want: string }[] = [
      { name: 'short domain id', options: { domainId: 'abc', credentials: { token: 't' } }, want: 'createCloudConnectClient: domainId must be the account (domain) id, 10 to 32 characters without spaces (IAM console → My Credentials → Account ID).' },
      { name: 'no credentials', options: { domainId: DOMAIN }, want: 'createCloudConnectClient: credentials must be either { accessKey, secretKey, securityToken? } or { token }.' },
      { name: 'empty secret', options: { domainId: DOMAIN, credentials: { accessKey: 'AK', secretKey: '' } }, want: 'createCloudConnectClient: credentials.secretKey must be a non-empty string without leading or trailing whitespace (the secret key is used byte for byte).' },
    ];
    it.each(optionCases)('createCloudConnectClient: $name', ({ options, want }) => {
      expect(() => createCloudConnectClient(options as never)).toThrow(want);
    });
  });

  describe('the client object', () => {
    it('has one method per operation, named as the generated interface declares', async () => {
      const { cc } = await observed();
      const methods = viewModelMethodNames.filter((name) => typeof (cc as unknown as Record<string, unknown>)[name] !== 'function');
      expect(methods).toEqual([]);
      expect(viewModelMethodNames).toHaveLength(111);
    });
  });
});
