import createClient, { type Client } from 'openapi-fetch';
import { bindOperations, operationSpecs, type CallOptions, type CloudConnectOperations, type OperationId, type OperationTypes } from '../generated/client.gen.js';
import type { paths } from '../generated/schema.js';
import type { Credentials } from './auth/credentials.js';
import { clockSkewNote, createAuthMiddleware, SignableRequest } from './auth/middleware.js';
import { serializePath } from './encoding.js';
import { cloudConnectErrorFrom } from './errors.js';
import { paginate, type PageOf, type PaginateArgs, type PaginatedOperationId, type Paginator, type ItemOf } from './pagination.js';
import { createTransport, type AttemptEvent, type RetryOptions } from './transport.js';
import { waitFor, waitForDeletion, type StatefulOperationId, type StateOf, type WaitForOptions, type WaitOptions } from './waiters.js';

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
  /** Retries of throttled, unavailable and unreachable calls (see README); `false` turns them off. */
  retry?: RetryOptions | false;
  /** Longest wait for one attempt's answer. Default 30 s. */
  timeoutMs?: number;
  /** Receives one event per attempt; credentials, headers and bodies are never in it. Silent by default. */
  logger?: (event: AttemptEvent) => void;
  /** The clock used for `X-Sdk-Date`; for tests. */
  now?: () => Date;
}

/** The helpers that walk lists and wait for asynchronous operations. */
export interface CloudConnectHelpers {
  /** Every item of a list operation, across pages; `.pages()` yields whole answers. */
  paginate<Op extends PaginatedOperationId>(operationId: Op, args?: PaginateArgs<Op>): Paginator<ItemOf<Op>, PageOf<Op>>;
  /** Polls a Show… operation until the resource's state is one of `until`; throws on a failure state or timeout. */
  waitFor<Op extends StatefulOperationId>(operationId: Op, args: OperationTypes[Op]['args'], options: WaitForOptions<StateOf<Op>>): Promise<OperationTypes[Op]['result']>;
  /** Polls a Show… operation until the resource is gone (404). */
  waitForDeletion<Op extends StatefulOperationId>(operationId: Op, args: OperationTypes[Op]['args'], options?: WaitOptions): Promise<void>;
}

/**
 * The typed openapi-fetch client (`cc.GET(...)`, `cc.PUT(...)`, results as `{ data, error, response }`),
 * one method per operation (`cc.updateCloudConnection({ id, body })`) that resolves to the response body
 * and throws `CloudConnectError` on a non-2xx answer, and the pagination and waiter helpers.
 */
export type CloudConnectClient = Client<paths> & CloudConnectOperations & CloudConnectHelpers;

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
  if (options.timeoutMs !== undefined && !(Number.isFinite(options.timeoutMs) && options.timeoutMs > 0)) {
    throw new TypeError('createCloudConnectClient: timeoutMs must be a positive number of milliseconds.');
  }
  if (options.retry && options.retry.maxAttempts !== undefined && !(Number.isInteger(options.retry.maxAttempts) && options.retry.maxAttempts >= 1)) {
    throw new TypeError('createCloudConnectClient: retry.maxAttempts must be a whole number of at least 1 (1 turns retries off).');
  }
}

interface Route {
  operationId: OperationId;
  method: string;
  path: string;
  /** Path parameters the caller passes; `domain_id` comes from the client. */
  pathParams: string[];
  queryParams: readonly string[];
  usesDomainId: boolean;
  hasBody: boolean;
}

const routes = new Map<OperationId, Route>();

/** The full route of an operation, derived once from its compact entry in the generated table. */
function routeOf(operationId: OperationId): Route {
  let route = routes.get(operationId);
  if (!route) {
    const spec: { method: string; path: string; query?: readonly string[]; body?: true } = operationSpecs[operationId];
    const templates = [...spec.path.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]!);
    route = {
      operationId,
      method: spec.method,
      path: spec.path,
      pathParams: templates.filter((name) => name !== 'domain_id'),
      queryParams: spec.query ?? [],
      usesDomainId: templates.includes('domain_id'),
      hasBody: spec.body === true,
    };
    routes.set(operationId, route);
  }
  return route;
}

function splitArgs(spec: Route, args: object | undefined, domainId: string) {
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

let routeMatchers: { method: string; pattern: RegExp; operationId: string }[] | undefined;

/**
 * The operation a request URL addresses, for errors and log events: `PUT …/cloud-connections/{id}` →
 * `UpdateCloudConnection`. Paths with more literal segments are tried first, so `…/tags` beats `…/{id}`.
 */
function operationOfRequest(request: Request): string {
  routeMatchers ??= Object.entries(operationSpecs)
    .map(([operationId, spec]) => ({
      method: spec.method,
      templates: spec.path.split('{').length - 1,
      pattern: new RegExp(`${spec.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`),
      operationId,
    }))
    .sort((a, b) => a.templates - b.templates);
  const { pathname } = new URL(request.url);
  return routeMatchers.find((route) => route.method === request.method && route.pattern.test(pathname))?.operationId ?? `${request.method} ${pathname}`;
}

export function createCloudConnectClient(options: CloudConnectClientOptions): CloudConnectClient {
  checkOptions(options);
  const { domainId, credentials } = options;
  const auth = createAuthMiddleware({ credentials, domainId, now: options.now });
  const transport = createTransport({
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    authorize: auth.sign,
    copy: SignableRequest.copy,
    label: operationOfRequest,
    // Only a 401 can be a signature refused for its date.
    inspect: (request, response) => response.status === 401 && auth.onResponse({ request, response }),
    retry: options.retry,
    timeoutMs: options.timeoutMs ?? 30_000,
    logger: options.logger,
  });
  const client = createClient<paths>({
    baseUrl: options.endpoint ?? DEFAULT_ENDPOINT,
    // Remembers the serialized body, so signing and retries never clone or re-read the request stream.
    Request: SignableRequest,
    fetch: (request: Request) => transport(request),
    // The generic methods (cc.GET, cc.PUT…) get `{domain_id}` from the client too when the caller leaves it out.
    pathSerializer: (pathname, pathParams) => serializePath(pathname, { domain_id: domainId, ...pathParams }),
  });

  const invoke = async (operationId: OperationId, args: object | undefined, callOptions: CallOptions | undefined) => {
    const spec = routeOf(operationId);
    const { path, query, body } = splitArgs(spec, args, domainId);
    const { data, error, response } = await client.request(spec.method.toLowerCase() as 'get', spec.path as never, {
      params: { path, query },
      body,
      signal: callOptions?.signal,
      headers: callOptions?.headers,
    } as never);
    if (!response.ok) throw cloudConnectErrorFrom(spec.operationId, response, error, clockSkewNote(response));
    return data;
  };
  const callOf = (operationId: OperationId) => (args: object, signal?: AbortSignal) => invoke(operationId, args, { signal });

  const helpers: CloudConnectHelpers = {
    paginate: (operationId, args) => paginate(operationId, callOf(operationId), args),
    waitFor: (operationId, args, waitOptions) => waitFor(operationId, callOf(operationId), args, waitOptions),
    waitForDeletion: (operationId, args, waitOptions) => waitForDeletion(operationId, callOf(operationId), args, waitOptions),
  };
  return Object.assign(client, bindOperations(invoke), helpers);
}
