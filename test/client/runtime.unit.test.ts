import { describe, expect, it } from 'vitest';
import { encodePathSegment, encodeRfc3986, serializePath } from '../../src/encoding.js';
import { CloudConnectError, cloudConnectErrorFrom, CloudConnectNetworkError, CloudConnectPermissionError, CloudConnectTimeoutError } from '../../src/errors.js';
import { createCloudConnectClient, paginate } from '../../src/index.js';
import { REDACTED, scrubberFor } from '../../src/scrub.js';

// Direct tests of the runtime's small pure parts, with a stub object standing in for the client where one is needed.

describe('scrubberFor', () => {
  const keys = { accessKey: 'AKEXAMPLE01', secretKey: 'sk/with+odd"chars', securityToken: 'tok' };
  it.each<[string, Parameters<typeof scrubberFor>[0], string, string]>([
    ['the access key', keys, 'header AKEXAMPLE01 echoed', `header ${REDACTED} echoed`],
    ['the secret key percent-encoded', keys, 'q=sk%2Fwith%2Bodd%22chars', `q=${REDACTED}`],
    ['the secret key JSON-escaped', keys, '{"k":"sk/with+odd\\"chars"}', `{"k":"${REDACTED}"}`],
    ['every occurrence', keys, 'AKEXAMPLE01 and AKEXAMPLE01', `${REDACTED} and ${REDACTED}`],
    ['a security token under 4 characters is left (it would blank ordinary words)', keys, 'a tok here', 'a tok here'],
    ['a token of exactly 4 characters', { token: 'abcd' }, 'xabcdx', `x${REDACTED}x`],
    ['an IAM token', { token: 'iam-token-value' }, 'Bearer iam-token-value', `Bearer ${REDACTED}`],
    ['a longer secret containing a shorter one, removed whole', { accessKey: 'ABCDEFGH', secretKey: 'ABCDEFGH-1234' }, 'x ABCDEFGH-1234 y', `x ${REDACTED} y`],
    ['text without secrets, unchanged', keys, 'nothing to hide', 'nothing to hide'],
  ])('removes %s', (_, credentials, text, want) => {
    expect(scrubberFor(credentials)(text)).toBe(want);
  });
});

describe('encodeRfc3986 and path segments', () => {
  it.each<[string, string]>([
    ['plain-id_1.2~x', 'plain-id_1.2~x'],
    ["a!b'c(d)e*f", 'a%21b%27c%28d%29e%2Af'],
    ['a b/c', 'a%20b%2Fc'],
    ['é', '%C3%A9'],
    ['\n', '%0A'],
    ['😀', '%F0%9F%98%80'],
    ['', ''],
  ])('encodeRfc3986(%j) → %j', (value, want) => {
    expect(encodeRfc3986(value)).toBe(want);
  });

  it.each<[unknown, string]>([
    ['x', 'x'],
    [42, '42'],
    ['..x', '..x'],
    ['...', '...'],
    ['a/..', 'a%2F..'],
  ])('encodePathSegment(%j) → %j', (value, want) => {
    expect(encodePathSegment('id', value)).toBe(want);
  });

  it.each(['', '.', '..'])('refuses the segment %j, naming the parameter', (value) => {
    expect(() => encodePathSegment('site_network_id', value)).toThrow(
      `Path parameter "site_network_id" is ${JSON.stringify(value)}: an empty, "." or ".." value would change the request path. Pass the resource's real id.`,
    );
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['/v3/{domain_id}/x/{id}', { domain_id: 'd', id: 'a b' }, '/v3/d/x/a%20b'],
    ['/v3/{domain_id}/x/{id}', { domain_id: 'd' }, '/v3/d/x/{id}'],
    ['/v3/{domain_id}/x/{id}', { domain_id: 'd', id: null }, '/v3/d/x/{id}'],
    ['/v3/x', {}, '/v3/x'],
  ])('serializePath(%j, %j) → %j', (template, params, want) => {
    expect(serializePath(template, params)).toBe(want);
  });
});

describe('paginate over a stub client', () => {
  /**
   * A stub client with one list method answering the given pages in turn, recording the arguments. No walk here
   * needs more than a few pages; a 20th call means the walk does not end, and failing it at once saves a mutation
   * run from waiting for a timeout (the stub answers without a timer, so the test's own timeout could never fire).
   */
  function stub(method: string, pages: Record<string, unknown>[]) {
    const calls: Record<string, unknown>[] = [];
    const client = {
      [method]: async (args: Record<string, unknown>) => {
        if (calls.length >= 19) throw new Error(`${method} called 20 times: the walk does not end`);
        calls.push(args);
        return pages[Math.min(calls.length - 1, pages.length - 1)];
      },
    };
    return { client: client as never, calls };
  }
  const specs = (names: string[], extra: Record<string, unknown> = {}) => ({ area_specifications: names.map((name) => ({ name })), ...extra });

  it.each<{ given: string; args: Record<string, unknown>; pages: Record<string, unknown>[]; want: { names: string[]; offsets: unknown[] } }>([
    {
      given: 'offset moves by the items received until total_count is reached',
      args: { limit: 2 },
      pages: [specs(['a', 'b'], { total_count: 5 }), specs(['c', 'd'], { total_count: 5 }), specs(['e'], { total_count: 5 })],
      want: { names: ['a', 'b', 'c', 'd', 'e'], offsets: [undefined, 2, 4] },
    },
    {
      given: 'stops at exactly total_count without asking for an empty page',
      args: { limit: 2 },
      pages: [specs(['a', 'b'], { total_count: 4 }), specs(['c', 'd'], { total_count: 4 }), specs(['x'])],
      want: { names: ['a', 'b', 'c', 'd'], offsets: [undefined, 2] },
    },
    {
      given: 'without total_count, a page shorter than the limit is the last',
      args: { limit: 3 },
      pages: [specs(['a', 'b', 'c']), specs(['d']), specs(['x'])],
      want: { names: ['a', 'b', 'c', 'd'], offsets: [undefined, 3] },
    },
    {
      given: 'a full page without total_count asks again, and an empty one ends',
      args: { limit: 1 },
      pages: [specs(['a']), specs(['b']), specs([])],
      want: { names: ['a', 'b'], offsets: [undefined, 1, 2] },
    },
    {
      given: 'without limit or total_count it walks until an empty page',
      args: {},
      pages: [specs(['a', 'b']), specs([])],
      want: { names: ['a', 'b'], offsets: [undefined, 2] },
    },
    {
      given: 'an answer without the list ends the walk, even without limit or total_count',
      args: {},
      pages: [{}, specs(['x'])],
      want: { names: [], offsets: [undefined] },
    },
    {
      given: 'a total_count or limit that is not a number is not a bound',
      args: { limit: '3' },
      pages: [specs(['a', 'b'], { total_count: '1' }), specs([])],
      want: { names: ['a', 'b'], offsets: [undefined, 2] },
    },
    {
      given: 'an answer without the list ends the walk',
      args: { limit: 2 },
      pages: [{ total_count: 9 }],
      want: { names: [], offsets: [undefined] },
    },
  ])('$given', async ({ args, pages, want }) => {
    const { client, calls } = stub('listAreaBandwidthPackageSpecifications', pages);
    const names: string[] = [];
    for await (const item of paginate(client, 'ListAreaBandwidthPackageSpecifications', args as never)) names.push((item as unknown as { name: string }).name);
    expect({ names, offsets: calls.map((call) => call.offset) }).toEqual(want);
    expect(calls.every((call) => call.limit === args.limit)).toBe(true);
  });

  it('single-style lists are one call, whatever the answer holds', async () => {
    const { client, calls } = stub('listCloudConnectionsByTags', [{ cloud_connections: [{ id: 'a' }], page_info: { next_marker: 'a' } }]);
    const pages = [];
    for await (const page of paginate(client, 'ListCloudConnectionsByTags', { body: { tags: [] } } as never).pages()) pages.push(page);
    expect([pages.length, calls.length]).toEqual([1, 1]);
  });

  it.each<[string, Record<string, unknown>[], string[], unknown[]]>([
    ['a page without page_info is the last', [{ cloud_connections: [{ id: 'a' }] }], ['a'], [undefined]],
    ['an empty next_marker is the last', [{ cloud_connections: [{ id: 'a' }], page_info: { next_marker: '' } }], ['a'], [undefined]],
    [
      'a marker already followed ends the walk instead of looping',
      [{ cloud_connections: [{ id: 'a' }], page_info: { next_marker: 'm1' } }, { cloud_connections: [{ id: 'b' }], page_info: { next_marker: 'm2' } }, { cloud_connections: [{ id: 'c' }], page_info: { next_marker: 'm1' } }, { cloud_connections: [{ id: 'd' }] }],
      ['a', 'b', 'c'],
      [undefined, 'm1', 'm2'],
    ],
    ['an answer without the list ends even with a marker', [{ page_info: { next_marker: 'b' } }, { cloud_connections: [{ id: 'x' }] }], [], [undefined]],
    ['an empty page ends even with a marker', [{ cloud_connections: [{ id: 'a' }], page_info: { next_marker: 'a' } }, { cloud_connections: [], page_info: { next_marker: 'b' } }], ['a'], [undefined, 'a']],
  ])('marker: %s', async (_, pages, wantIds, wantMarkers) => {
    const { client, calls } = stub('listCloudConnections', pages);
    const ids: string[] = [];
    for await (const item of paginate(client, 'ListCloudConnections')) ids.push((item as { id: string }).id);
    expect([ids, calls.map((call) => call.marker)]).toEqual([wantIds, wantMarkers]);
  });

  it('refuses an object that is not a client, naming the operation', () => {
    expect(() => paginate({} as never, 'ListCloudConnections')).toThrow('ListCloudConnections: the first argument must be a client from createCloudConnectClient.');
  });

  it('refuses an operation that returns no list, naming it', () => {
    const { client } = stub('showCloudConnection', [{ cloud_connection: { id: 'a' } }]);
    expect(() => paginate(client, 'ShowCloudConnection' as never)).toThrow(new TypeError('paginate: ShowCloudConnection does not return a list; use one of the List… operations.'));
  });
});

describe('client options, refused before anything is sent', () => {
  const F = 'createCloudConnectClient';
  const token = { token: 't' };
  it.each<[string, unknown, string | null]>([
    ['no options', undefined, `${F}: pass an options object with domainId and credentials.`],
    ['options that are a string', 'a'.repeat(12), `${F}: pass an options object with domainId and credentials.`],
    ['a numeric domain id', { domainId: 12345678901, credentials: token }, `${F}: domainId must be the account (domain) id, 10 to 32 characters without spaces (IAM console → My Credentials → Account ID).`],
    ['a domain id of 9 characters', { domainId: 'a'.repeat(9), credentials: token }, `${F}: domainId must be the account (domain) id, 10 to 32 characters without spaces (IAM console → My Credentials → Account ID).`],
    ['a domain id of 10 characters', { domainId: 'a'.repeat(10), credentials: token }, null],
    ['a domain id of 32 characters', { domainId: 'a'.repeat(32), credentials: token }, null],
    ['a domain id of 33 characters', { domainId: 'a'.repeat(33), credentials: token }, `${F}: domainId must be the account (domain) id, 10 to 32 characters without spaces (IAM console → My Credentials → Account ID).`],
    ['an empty token', { domainId: 'a'.repeat(32), credentials: { token: '' } }, `${F}: credentials.token must be a non-empty string of visible ASCII characters; copy it again without surrounding spaces or line breaks.`],
    ['an empty access key', { domainId: 'a'.repeat(32), credentials: { accessKey: '', secretKey: 's' } }, `${F}: credentials.accessKey must be a non-empty string of visible ASCII characters; copy it again without surrounding spaces or line breaks.`],
    ['a numeric secret key', { domainId: 'a'.repeat(32), credentials: { accessKey: 'AK', secretKey: 5 } }, `${F}: credentials.secretKey must be a non-empty string without leading or trailing whitespace (the secret key is used byte for byte).`],
    ['a domain id with a space', { domainId: 'a'.repeat(10) + ' b', credentials: token }, `${F}: domainId must be the account (domain) id, 10 to 32 characters without spaces (IAM console → My Credentials → Account ID).`],
    ['no credentials', { domainId: 'a'.repeat(32) }, `${F}: credentials must be either { accessKey, secretKey, securityToken? } or { token }.`],
    ['credentials that are null', { domainId: 'a'.repeat(32), credentials: null }, `${F}: credentials must be either { accessKey, secretKey, securityToken? } or { token }.`],
    ['an empty secret key', { domainId: 'a'.repeat(32), credentials: { accessKey: 'AK', secretKey: '' } }, `${F}: credentials.secretKey must be a non-empty string without leading or trailing whitespace (the secret key is used byte for byte).`],
    ['an access key without a secret key', { domainId: 'a'.repeat(32), credentials: { accessKey: 'AK' } }, `${F}: credentials.secretKey must be a non-empty string without leading or trailing whitespace (the secret key is used byte for byte).`],
    ['a key pair', { domainId: 'a'.repeat(32), credentials: { accessKey: 'AK', secretKey: 'SK' } }, null],
    ['timeoutMs 0', { domainId: 'a'.repeat(32), credentials: token, timeoutMs: 0 }, `${F}: timeoutMs must be a positive number of milliseconds.`],
    ['timeoutMs Infinity', { domainId: 'a'.repeat(32), credentials: token, timeoutMs: Infinity }, `${F}: timeoutMs must be a positive number of milliseconds.`],
    ['timeoutMs 1', { domainId: 'a'.repeat(32), credentials: token, timeoutMs: 1 }, null],
    ['retry.maxAttempts 0', { domainId: 'a'.repeat(32), credentials: token, retry: { maxAttempts: 0 } }, `${F}: retry.maxAttempts must be a whole number of at least 1 (1 turns retries off).`],
    ['retry.maxAttempts 1.5', { domainId: 'a'.repeat(32), credentials: token, retry: { maxAttempts: 1.5 } }, `${F}: retry.maxAttempts must be a whole number of at least 1 (1 turns retries off).`],
    ['retry.maxAttempts 1', { domainId: 'a'.repeat(32), credentials: token, retry: { maxAttempts: 1 } }, null],
    ['retry without maxAttempts', { domainId: 'a'.repeat(32), credentials: token, retry: { baseDelayMs: 1 } }, null],
    ['retry: false', { domainId: 'a'.repeat(32), credentials: token, retry: false }, null],
    ['a fetch that is not a function', { domainId: 'a'.repeat(32), credentials: token, fetch: 'fetch' }, `${F}: fetch must be a function with the signature of the global fetch.`],
    ['a relative endpoint', { domainId: 'a'.repeat(32), credentials: token, endpoint: '/v3' }, `${F}: endpoint must be an absolute URL such as https://cc.myhuaweicloud.com.`],
  ])('%s', (_, options, want) => {
    const attempt = () => createCloudConnectClient(options as never);
    if (want === null) expect(attempt).not.toThrow();
    else expect(attempt).toThrow(want);
  });
});

describe('error messages', () => {
  const answer = (status: number, requestId: string | null) => ({ status, header: (name: string) => (name === 'x-request-id' ? requestId : null) });
  const noScrub = (text: string) => text;
  it.each<[string, ReturnType<typeof answer>, unknown, string | undefined, Record<string, unknown>]>([
    [
      'Huawei body with a request id header',
      answer(400, 'req-9'),
      { error_code: 'CC.1031', error_msg: 'Bad name.', request_id: 'body-id' },
      undefined,
      { message: 'UpdateCloudConnection failed with HTTP 400 CC.1031: Bad name. (request id req-9)', errorCode: 'CC.1031', errorMsg: 'Bad name.', requestId: 'req-9' },
    ],
    [
      'gateway body (code, message) and the body request id',
      answer(401, null),
      { code: 'APIGW.0301', message: 'Bad signature.', request_id: 'body-id' },
      'Check the keys.',
      { message: 'UpdateCloudConnection failed with HTTP 401 APIGW.0301: Bad signature. (request id body-id) Check the keys.', errorCode: 'APIGW.0301', errorMsg: 'Bad signature.', requestId: 'body-id' },
    ],
    ['a text body, cut at 500 characters', answer(502, null), `<html>${'x'.repeat(600)}`, undefined, { errorMsg: `<html>${'x'.repeat(494)}`, errorCode: '', requestId: '' }],
    ['a JSON null body', answer(502, null), null, undefined, { message: 'UpdateCloudConnection failed with HTTP 502', errorCode: '', errorMsg: '', requestId: '' }],
    ['no body', answer(503, null), undefined, undefined, { message: 'UpdateCloudConnection failed with HTTP 503', errorCode: '', errorMsg: '', requestId: '' }],
    ['non-string fields', answer(500, null), { error_code: 5, error_msg: ['x'] }, undefined, { message: 'UpdateCloudConnection failed with HTTP 500', errorCode: '', errorMsg: '' }],
  ])('%s', (_, given, body, hint, want) => {
    const error = cloudConnectErrorFrom('UpdateCloudConnection', given, body, noScrub, hint);
    expect(error).toBeInstanceOf(CloudConnectError);
    expect(error).toMatchObject({ name: 'CloudConnectError', status: given.status, operationId: 'UpdateCloudConnection', ...want });
  });

  it('scrubs every text taken from the answer', () => {
    const error = cloudConnectErrorFrom('X', answer(400, 'id-SECRET'), { error_code: 'SECRET', error_msg: 'SECRET!' }, (t) => t.replaceAll('SECRET', '*'), undefined);
    expect([error.errorCode, error.errorMsg, error.requestId]).toEqual(['*', '*!', 'id-*']);
  });

  it.each<[unknown, number, string]>([
    [new Error('connect ECONNREFUSED'), 1, 'Op got no answer after 1 attempt: connect ECONNREFUSED. Check the endpoint and the network.'],
    [new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND x') }), 3, 'Op got no answer after 3 attempts: getaddrinfo ENOTFOUND x. Check the endpoint and the network.'],
    ['plain', 2, 'Op got no answer after 2 attempts: plain. Check the endpoint and the network.'],
  ])('network error from %s after %i attempt(s)', (cause, attempts, want) => {
    const error = new CloudConnectNetworkError('Op', attempts, cause);
    expect([error.name, error.message, error.cause, error.attempts]).toEqual(['CloudConnectNetworkError', want, cause, attempts]);
  });

  it.each<['timeout' | 'aborted', string]>([
    ['timeout', 'Op timed out: no answer within timeoutMs=150 on attempt 2. Raise timeoutMs if the call is slow, or check the endpoint.'],
    ['aborted', "Op was aborted by the caller's signal on attempt 2."],
  ])('%s error', (reason, want) => {
    const error = new CloudConnectTimeoutError('Op', reason, 150, 2);
    expect([error.name, error.message, error.reason]).toEqual(['CloudConnectTimeoutError', want, reason]);
  });

  it.each<[string, string]>([
    ['https://cc.example.test:8443/v3/x?y', 'cc.example.test:8443'],
    ['not a url', 'not a url'],
    ['h2c://cc.example.test/x', 'cc.example.test'],
    [' https://cc.example.test/x', ' https://cc.example.test/x'],
  ])('permission error names the host of %j', (url, host) => {
    const cause = new Error('denied');
    const error = new CloudConnectPermissionError('Op', url, cause);
    expect([error.name, error.message, error.cause]).toEqual(['CloudConnectPermissionError', `Op was not sent: the runtime refused network access to ${host}. Grant it (Deno: --allow-net=${host}).`, cause]);
  });
});
