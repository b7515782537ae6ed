import createClient, { type Client } from 'openapi-fetch';
import { bindOperations, type CallOptions, type CloudConnectOperations, type OperationSpec } from '../generated/client.gen.js';
import type { paths } from '../generated/schema.js';
import { createAuthMiddleware } from './auth/middleware.js';
import type { Credentials } from './auth/credentials.js';
import { serializePath } from './encoding.js';
import { cloudConnectErrorFrom } from './errors.js';

export const DEFAULT_ENDPOINT = 'https://cc.myhuaweicloud.com';

export interface CloudConnectClientOptions {
  /** Base URL of the API; defaults to Huawei's global endpoint. Point it at the emulator for local work. */
  endpoint?: string;
  /** Account (domain) id: fills `{domain_id}` in paths and is sent as `X-Domain-Id`. */
  domainId: string;
  /** `{ accessKey, secretKey, securityToken? }` to sign requests, or `{ token }` for an IAM token. */
  credentials: Credentials;
  /** A fetch implementation; defaults to the global `fetch`. */
  fetch?: typeof globalThis.fetch;
}

/**
 * The typed openapi-fetch client (`cc.GET(...)`, `cc.PUT(...)`, results as `{ data, error, response }`)
 * plus one method per operation (`cc.updateCloudConnection({ id, body })`) that resolves to the response
 * body and throws `CloudConnectError` on a non-2xx answer.
 */
export type CloudConnectClient = Client<paths> & CloudConnectOperations;

function checkOptions(options: CloudConnectClientOptions): void {
  if (!options || typeof options !== 'object') throw new TypeError('createCloudConnectClient: pass an options object with domainId and credentials.');
  if (typeof options.domainId !== 'string' || options.domainId.length < 10 || options.domainId.length > 32) {
    throw new TypeError('createCloudConnectClient: domainId must be the account (domain) id, a string of 10 to 32 characters (IAM console → My Credentials → Account ID).');
  }
  const credentials = options.credentials as unknown as Partial<Record<string, unknown>> | undefined;
  const isToken = typeof credentials?.token === 'string' && credentials.token !== '';
  const isKeyPair = typeof credentials?.accessKey === 'string' && credentials.accessKey !== '' && typeof credentials.secretKey === 'string' && credentials.secretKey !== '';
  if (!isToken && !isKeyPair) {
    throw new TypeError('createCloudConnectClient: credentials must be { accessKey, secretKey, securityToken? } or { token } with non-empty strings.');
  }
}

function splitArgs(spec: OperationSpec, args: object | undefined, domainId: string) {
  const values = (args ?? {}) as Record<string, unknown>;
  const path: Record<string, unknown> = spec.usesDomainId ? { domain_id: domainId } : {};
  for (const name of spec.pathParams) {
    const value = values[name];
    if (value === undefined || value === null || value === '') {
      throw new TypeError(`${spec.operationId}: the path parameter "${name}" is required; pass it as { ${name}: '…' }.`);
    }
    path[name] = value;
  }
  const query: Record<string, unknown> = {};
  for (const name of spec.queryParams) if (values[name] !== undefined) query[name] = values[name];
  const known = new Set<string>([...spec.pathParams, ...spec.queryParams, ...(spec.hasBody ? ['body'] : [])]);
  const unknown = Object.keys(values).filter((key) => !known.has(key));
  if (unknown.length > 0) {
    throw new TypeError(`${spec.operationId}: unknown argument${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')}; it accepts ${[...known].map((k) => `"${k}"`).join(', ') || 'no arguments'}.`);
  }
  return { path, query, body: values.body };
}

export function createCloudConnectClient(options: CloudConnectClientOptions): CloudConnectClient {
  checkOptions(options);
  const { domainId, credentials } = options;
  const client = createClient<paths>({
    baseUrl: options.endpoint ?? DEFAULT_ENDPOINT,
    fetch: options.fetch,
    // The generic methods (cc.GET, cc.PUT…) get `{domain_id}` from the client too when the caller leaves it out.
    pathSerializer: (pathname, pathParams) => serializePath(pathname, { domain_id: domainId, ...pathParams }),
  });
  client.use(createAuthMiddleware({ credentials, domainId }));

  const invoke = async (spec: OperationSpec, args: object | undefined, callOptions: CallOptions | undefined) => {
    const { path, query, body } = splitArgs(spec, args, domainId);
    const { data, error, response } = await client.request(spec.method.toLowerCase() as 'get', spec.path as never, {
      params: { path, query },
      body,
      signal: callOptions?.signal,
      headers: callOptions?.headers,
    } as never);
    if (!response.ok) throw cloudConnectErrorFrom(spec.operationId, response, error);
    return data;
  };
  return Object.assign(client, bindOperations(invoke));
}
