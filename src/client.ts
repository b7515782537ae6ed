import { bindOperations, operationSpecs, type CallOptions, type CloudConnectOperations, type OperationId } from '../generated/client.gen.js';
import { describeClockSkew, parseSdkDate } from './auth/signer.js';
import { connect, type CloudConnectClientOptions, type Connection } from './connection.js';
import { encodePathSegment } from './encoding.js';
import { CloudConnectError, cloudConnectErrorFrom } from './errors.js';
import type { Exchange } from './transport.js';

export { DEFAULT_ENDPOINT, type CloudConnectClientOptions } from './connection.js';

/**
 * One method per operation (`cc.updateCloudConnection({ id, body })`), resolving to the response body and throwing
 * `CloudConnectError` on a non-2xx answer. `paginate`, `waitFor` and the generic methods are separate imports.
 */
export type CloudConnectClient = CloudConnectOperations;

interface Route {
  operationId: OperationId;
  method: string;
  /** The path's literal text around its parameters: `literals[0] + param[0] + literals[1] + …`. */
  literals: string[];
  /** The path's parameters in order, `domain_id` included. */
  templates: string[];
  queryParams: readonly string[];
  hasBody: boolean;
  /** Every argument name the method takes. */
  accepted: Set<string>;
}

const routes = new Map<OperationId, Route>();

/** The full route of an operation, derived once from its compact entry in the generated table. */
function routeOf(operationId: OperationId): Route {
  let route = routes.get(operationId);
  if (!route) {
    const spec: { method: string; path: string; query?: readonly string[]; body?: true } = operationSpecs[operationId];
    const parts = spec.path.split(/\{([^{}]+)\}/);
    const literals = parts.filter((_, i) => i % 2 === 0);
    const templates = parts.filter((_, i) => i % 2 === 1);
    const queryParams = spec.query ?? [];
    const hasBody = spec.body === true;
    route = {
      operationId,
      method: spec.method,
      literals,
      templates,
      queryParams,
      hasBody,
      accepted: new Set([...templates.filter((name) => name !== 'domain_id'), ...queryParams, ...(hasBody ? ['body'] : [])]),
    };
    routes.set(operationId, route);
  }
  return route;
}

/** Query values as openapi-fetch serializes them by default: arrays as repeated keys, every value percent-encoded. */
function appendQuery(query: string, name: string, value: unknown): string {
  if (value === undefined || value === null) return query;
  const key = encodeURIComponent(name);
  if (Array.isArray(value)) {
    for (const item of value) query += `${query ? '&' : ''}${key}=${encodeURIComponent(String(item))}`;
    return query;
  }
  if (typeof value === 'object') {
    for (const [field, item] of Object.entries(value)) query += `${query ? '&' : ''}${key}[${encodeURIComponent(field)}]=${encodeURIComponent(String(item))}`;
    return query;
  }
  return `${query ? `${query}&` : ''}${key}=${encodeURIComponent(String(value))}`;
}

/** The URL and body of one call, checked against the operation before anything is sent. */
function buildUrl(route: Route, values: Record<string, unknown>, connection: Connection, encodedDomain: string): string {
  for (const key in values) {
    if (!route.accepted.has(key)) {
      const unknown = Object.keys(values).filter((name) => !route.accepted.has(name));
      throw new TypeError(`${route.operationId}: unknown argument${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')}; it accepts ${[...route.accepted].map((k) => `"${k}"`).join(', ') || 'no arguments'}.`);
    }
  }
  let url = connection.base + (route.literals[0] as string);
  for (let i = 0; i < route.templates.length; i++) {
    const name = route.templates[i] as string;
    if (name === 'domain_id') {
      url += encodedDomain;
    } else {
      const value = values[name];
      if (value === undefined || value === null || value === '') {
        throw new TypeError(`${route.operationId}: the path parameter "${name}" is required; pass it as { ${name}: '…' }.`);
      }
      url += encodePathSegment(name, value);
    }
    url += route.literals[i + 1] as string;
  }
  let query = '';
  for (const name of route.queryParams) query = appendQuery(query, name, values[name]);
  return query ? `${url}?${query}` : url;
}

/** The body of a 2xx answer, or a CloudConnectError when it is not the JSON the operation promises. */
function successBody(operationId: string, { answer }: Exchange): unknown {
  if (answer.status === 204 || answer.body === '') return undefined;
  try {
    return JSON.parse(answer.body);
  } catch {
    const type = answer.header('content-type') ?? 'none';
    throw new CloudConnectError({
      status: answer.status,
      errorCode: '',
      errorMsg: `the answer body is not valid JSON (Content-Type: ${type}, ${answer.body.length} characters)`,
      requestId: answer.header('x-request-id') ?? '',
      operationId,
      hint: 'Check that the endpoint is the Cloud Connect API and not a proxy or a login page.',
    });
  }
}

function failure(operationId: string, { answer, sent }: Exchange, scrub: (text: string) => string): CloudConnectError {
  let body: unknown = answer.body;
  try {
    body = JSON.parse(answer.body);
  } catch {
    // Gateways answer some failures in plain text or HTML; the text itself is then the message.
  }
  // Only a signed request can be refused for its date; the date it carried is what the gateway compared.
  const sentAt = answer.status === 401 ? parseSdkDate(sent['x-sdk-date'] ?? '') : undefined;
  const hint = sentAt === undefined ? undefined : describeClockSkew({ status: answer.status, headers: { get: answer.header } as Headers }, sentAt);
  return cloudConnectErrorFrom(operationId, answer, body, scrub, hint);
}

const JSON_BODY = { 'content-type': 'application/json' } as const;

export function createCloudConnectClient(options: CloudConnectClientOptions): CloudConnectClient {
  const connection = connect(options, 'createCloudConnectClient');
  const encodedDomain = encodePathSegment('domain_id', connection.domainId);

  const invoke = async (operationId: OperationId, args: object | undefined, callOptions: CallOptions | undefined) => {
    const route = routeOf(operationId);
    const values = (args ?? {}) as Record<string, unknown>;
    const url = buildUrl(route, values, connection, encodedDomain);
    const body = route.hasBody && values.body !== undefined ? JSON.stringify(values.body) : undefined;
    let headers: Record<string, string> = body === undefined ? {} : JSON_BODY;
    if (callOptions?.headers) {
      headers = { ...headers };
      for (const [name, value] of Object.entries(callOptions.headers)) headers[name.toLowerCase()] = value;
    }
    const exchange = await connection.transport({ method: route.method, url, headers, body }, operationId, callOptions?.signal);
    const { status } = exchange.answer;
    if (status >= 200 && status < 300) return successBody(operationId, exchange);
    throw failure(operationId, exchange, connection.scrub);
  };
  return bindOperations(invoke);
}
