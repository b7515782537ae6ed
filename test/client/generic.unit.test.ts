import { describe, expect, it } from 'vitest';
import { CloudConnectError } from '../../src/errors.js';
import { createGenericClient } from '../../src/generic.js';
import { recordingFetch } from './support/senders.js';

// The generic methods (cc.GET, cc.PUT…) over a stub `fetch`: what they send, and the `{ data, error, response }`
// they make of each answer. operations.test.ts runs them over real sockets.

const DOMAIN = '0123456789abcdef0123456789abcdef';
const ID = 'cc-1';
const SECRET = 'iam-token-never-shown';


function genericAnswering(reply: () => Response) {
  const { fetch, seen } = recordingFetch(reply);
  const cc = createGenericClient({
    endpoint: 'https://cc.example.test/',
    domainId: DOMAIN,
    credentials: { token: SECRET },
    retry: false,
    fetch,
  });
  return { cc, seen };
}

describe('what the generic methods send', () => {
  it('fills domain_id from the client, sends the JSON body and the token', async () => {
    const { cc, seen } = genericAnswering(() => Response.json({ cloud_connection: { id: ID } }));
    await cc.PUT('/v3/{domain_id}/ccaas/cloud-connections/{id}', { params: { path: { id: ID } as never }, body: { cloud_connection: { name: 'n' } } });
    expect(seen.map((s) => [s.method, s.url, s.headers['content-type'], s.headers['x-auth-token'], s.body])).toEqual([
      ['PUT', `https://cc.example.test/v3/${DOMAIN}/ccaas/cloud-connections/${ID}`, 'application/json', SECRET, '{"cloud_connection":{"name":"n"}}'],
    ]);
  });

  it('a domain_id given by the caller wins', async () => {
    const { cc, seen } = genericAnswering(() => Response.json({}));
    await cc.GET('/v3/{domain_id}/ccaas/cloud-connections/{id}', { params: { path: { domain_id: 'other-domain', id: ID } } });
    expect(seen.map((s) => s.url)).toEqual([`https://cc.example.test/v3/other-domain/ccaas/cloud-connections/${ID}`]);
  });

  it('a body that openapi-fetch did not build (a Request passed in) is read from its stream', async () => {
    const { cc, seen } = genericAnswering(() => Response.json({}));
    await cc.POST('/v3/{domain_id}/ccaas/cloud-connections', { body: {} as never, bodySerializer: () => new Blob(['{"raw":1}']) as never } as never);
    expect(seen.map((s) => s.body)).toEqual(['{"raw":1}']);
  });
});

it('refuses bad options naming createGenericClient', () => {
  expect(() => createGenericClient({ domainId: 'short', credentials: { token: 't' } })).toThrow(
    'createGenericClient: domainId must be the account (domain) id, 10 to 32 characters without spaces (IAM console → My Credentials → Account ID).',
  );
});

describe('what the generic methods make of the answer', () => {
  it.each<[string, () => Response, { data: unknown; error: unknown; status: number; headers: [string, string][] }]>([
    ['a JSON 200 as data, with its headers', () => Response.json({ a: 1 }, { headers: { 'x-request-id': 'r-1' } }), { data: { a: 1 }, error: undefined, status: 200, headers: [['content-type', 'application/json'], ['x-request-id', 'r-1']] }],
    ['a 204 without data', () => new Response(null, { status: 204 }), { data: undefined, error: undefined, status: 204, headers: [] }],
    ['an empty 200 without data', () => new Response('', { status: 200 }), { data: undefined, error: undefined, status: 200, headers: [['content-type', 'text/plain;charset=UTF-8']] }],
    [
      'a failure as error, credentials taken out',
      () => Response.json({ error_code: 'APIGW.0301', error_msg: `bad token ${SECRET}` }, { status: 401 }),
      { data: undefined, error: { error_code: 'APIGW.0301', error_msg: 'bad token [redacted]' }, status: 401, headers: [['content-type', 'application/json']] },
    ],
    ['a 300 is an error', () => Response.json({ error_code: 'X' }, { status: 300 }), { data: undefined, error: { error_code: 'X' }, status: 300, headers: [['content-type', 'application/json']] }],
    ['a 300 with a text body is an error, credentials taken out', () => new Response(`moved ${SECRET}`, { status: 300 }), { data: undefined, error: 'moved [redacted]', status: 300, headers: [['content-type', 'text/plain;charset=UTF-8']] }],
    ['a failure that is not JSON as error text', () => new Response('<html>bad gateway</html>', { status: 502 }), { data: undefined, error: '<html>bad gateway</html>', status: 502, headers: [['content-type', 'text/plain;charset=UTF-8']] }],
  ])('%s', async (_, reply, want) => {
    const { cc } = genericAnswering(reply);
    const { data, error, response } = await cc.GET('/v3/{domain_id}/ccaas/cloud-connections/{id}', { params: { path: { id: ID } as never } });
    expect({ data, error, status: response.status, headers: [...response.headers] }).toEqual(want);
  });

  it.each<[string, () => Response, boolean]>([
    ['an empty 200', () => new Response('', { status: 200 }), true],
    ['a 204', () => new Response(null, { status: 204 }), true],
    ['a JSON 200', () => Response.json({ a: 1 }), false],
  ])('%s read as a stream: a Response without a body when the answer has none', async (_, reply, bodiless) => {
    const { cc } = genericAnswering(reply);
    const { data, response } = await cc.GET('/v3/{domain_id}/ccaas/cloud-connections/{id}', { params: { path: { id: ID } as never }, parseAs: 'stream' });
    expect([data === null || data === undefined, response.body === null]).toEqual([bodiless, bodiless]);
  });

  it.each<[string, () => Response, Record<string, unknown>]>([
    [
      'without a Content-Type or request id',
      () => new Response(new TextEncoder().encode('<html>'), { status: 200 }),
      {
        status: 200,
        errorCode: '',
        requestId: '',
        operationId: 'ShowCloudConnection',
        message: 'ShowCloudConnection failed with HTTP 200: the answer body is not valid JSON (Content-Type: none, 6 characters) Check that the endpoint is the Cloud Connect API and not a proxy or a login page.',
      },
    ],
    ['with both', () => new Response('x', { status: 201, headers: { 'content-type': 'text/plain', 'x-request-id': 'r-7' } }), { status: 201, requestId: 'r-7', errorMsg: 'the answer body is not valid JSON (Content-Type: text/plain, 1 characters)' }],
  ])('a 2xx body that is not JSON throws a CloudConnectError naming the operation, %s', async (_, reply, want) => {
    const { cc } = genericAnswering(reply);
    const error = await cc.GET('/v3/{domain_id}/ccaas/cloud-connections/{id}', { params: { path: { id: ID } as never } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CloudConnectError);
    expect(error).toMatchObject(want);
  });
});
