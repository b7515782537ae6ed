import createClient from 'openapi-fetch';
import { serializePath } from '../../../src/encoding.js';
import { createAuthMiddleware, parseSdkDate, SignableRequest } from '../../../src/auth/index.js';

/** One request, described with plain data so it can cross into a browser page. */
export interface ClientCase {
  baseUrl: string;
  method: 'GET' | 'PUT' | 'POST' | 'DELETE';
  id: string;
  query?: Record<string, string | string[]>;
  body?: unknown;
  accessKey: string;
  secretKey: string;
  securityToken?: string;
  domainId: string;
  /** `YYYYMMDDTHHMMSSZ` to pin the clock, or omitted for the real clock. */
  date?: string;
}

export interface ClientResult {
  status: number;
  authorization: string | null;
  sdkDate: string | null;
  data: unknown;
}

/**
 * Sends the case through openapi-fetch with SignableRequest, serializePath and the auth middleware, exactly as the
 * client is wired. `capture` answers locally instead of sending, to read the headers that would have gone out.
 */
export async function runClientCase(c: ClientCase, capture: boolean): Promise<ClientResult> {
  let sent: Request | undefined;
  const client = createClient({
    baseUrl: c.baseUrl,
    Request: SignableRequest,
    pathSerializer: serializePath,
    fetch: (request: Request) => {
      sent = request;
      return capture ? Promise.resolve(new Response('{}', { headers: { 'content-type': 'application/json' } })) : fetch(request);
    },
  });
  const credentials = c.securityToken === undefined
    ? { accessKey: c.accessKey, secretKey: c.secretKey }
    : { accessKey: c.accessKey, secretKey: c.secretKey, securityToken: c.securityToken };
  const pinned = c.date === undefined ? undefined : parseSdkDate(c.date);
  client.use(createAuthMiddleware({ credentials, domainId: c.domainId, ...(pinned ? { now: () => pinned } : {}) }));
  const { data, response } = await client.request(c.method as never, '/v3/{domain_id}/ccaas/cloud-connections/{id}' as never, {
    params: { path: { domain_id: c.domainId, id: c.id }, query: c.query },
    headers: { 'Content-Type': 'application/json' },
    ...(c.body === undefined ? {} : { body: c.body }),
  } as never);
  const request = sent as Request;
  return {
    status: response.status,
    authorization: request.headers.get('Authorization'),
    sdkDate: request.headers.get('X-Sdk-Date'),
    data: capture ? null : data,
  };
}
