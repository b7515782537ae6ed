import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../generated/schema.js';
import { SignableRequest } from './auth/middleware.js';
import { connect, type CloudConnectClientOptions } from './connection.js';
import { serializePath } from './encoding.js';
import { CloudConnectError } from './errors.js';
import { operationOfRequest } from './operation-label.js';
import type { Answer } from './senders/types.js';

/** Statuses whose `Response` may not carry a body. */
const NULL_BODY = new Set([101, 204, 205, 304]);

function toResponse(answer: Answer, body: string): Response {
  const headers = new Headers();
  for (const [name, value] of answer.headerList()) headers.append(name, value);
  return new Response(NULL_BODY.has(answer.status) || body === '' ? null : body, { status: answer.status, headers });
}

/**
 * The typed openapi-fetch client over the same connection as the operation methods: `cc.GET(...)`, `cc.PUT(...)`
 * with results as `{ data, error, response }`, signed, retried and timed like them. `{domain_id}` comes from the
 * client when the caller leaves it out. A separate entry, so applications that only call operation methods do not
 * ship openapi-fetch.
 */
export function createGenericClient(options: CloudConnectClientOptions): Client<paths> {
  const connection = connect(options, 'createGenericClient');
  return createClient<paths>({
    baseUrl: connection.base,
    // Remembers the serialized body, so signing and sending never re-read the request stream.
    Request: SignableRequest,
    fetch: async (request: Request) => {
      const headers: Record<string, string> = {};
      request.headers.forEach((value, name) => (headers[name] = value));
      const body = SignableRequest.bodyOf(request) ?? (request.body === null ? undefined : await request.text());
      const label = () => operationOfRequest(request);
      const { answer } = await connection.transport({ method: request.method, url: request.url, headers, body }, label, request.signal);
      const ok = answer.status >= 200 && answer.status < 300;
      if (ok && answer.body !== '') {
        try {
          JSON.parse(answer.body);
        } catch {
          throw new CloudConnectError({
            status: answer.status,
            errorCode: '',
            errorMsg: `the answer body is not valid JSON (Content-Type: ${answer.header('content-type') ?? 'none'}, ${answer.body.length} characters)`,
            requestId: answer.header('x-request-id') ?? '',
            operationId: label(),
            hint: 'Check that the endpoint is the Cloud Connect API and not a proxy or a login page.',
          });
        }
      }
      // Error bodies reach the caller as `error`, so the client's credentials are taken out of them first.
      return toResponse(answer, ok ? answer.body : connection.scrub(answer.body));
    },
    pathSerializer: (pathname, pathParams) => serializePath(pathname, { domain_id: connection.domainId, ...pathParams }),
  });
}

export type { CloudConnectClientOptions } from './connection.js';
