import { operationTable, type CallOptions, type CloudConnectOperations, type OperationId } from '../generated/client.gen.js';
import { parseSdkDate } from './auth/canonical.js';
import { describeClockSkew } from './auth/verify.js';
import { connect, type CloudConnectClientOptions } from './connection.js';
import { encodeRfc3986 } from './encoding.js';
import { cloudConnectErrorFrom } from './errors.js';
import { operationLines, parseOperationTable, routeOf, type OperationRoute, type OperationSpec } from './operation-table.js';
import type { Exchange } from './transport.js';

export { DEFAULT_ENDPOINT, type CloudConnectClientOptions } from './connection.js';

/**
 * One method per operation (`cc.updateCloudConnection({ id, body })`), resolving to the response body and throwing
 * `CloudConnectError` on a non-2xx answer. `paginate`, `waitFor` and the generic methods are separate imports.
 */
export type CloudConnectClient = CloudConnectOperations;

/** Every operation's method, path, query parameter names and body flag, read from the generated table on first use. */
export function operationSpecs(): Readonly<Record<OperationId, OperationSpec>> {
  return parseOperationTable(operationTable) as Record<OperationId, OperationRoute>;
}

/** One query parameter as openapi-fetch serializes it by default: arrays as repeated keys, objects as `key[field]`, every value percent-encoded. */
function queryPairs(name: string, value: unknown): string[] {
  const key = encodeURIComponent(name);
  const pair = (label: string, item: unknown) => `${label}=${encodeURIComponent(String(item))}`;
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.map((item) => pair(key, item));
  if (typeof value === 'object') return Object.entries(value).map(([field, item]) => pair(`${key}[${encodeURIComponent(field)}]`, item));
  return [pair(key, value)];
}

/** The URL of one call, checked against the operation before anything is sent. */
function buildUrl(route: OperationRoute, values: Record<string, unknown>, base: string, encodedDomain: string): string {
  const unknown = Object.keys(values).filter((name) => !route.accepted.includes(name));
  if (unknown.length > 0) {
    const list = (names: readonly string[]) => names.map((name) => `"${name}"`).join(', ');
    throw new TypeError(`${route.operationId}: unknown argument${unknown.length > 1 ? 's' : ''} ${list(unknown)}; it accepts ${list(route.accepted) || 'no arguments'}.`);
  }
  let url = base;
  route.parts.forEach((part, i) => {
    if (i % 2 === 0) url += part;
    else if (part === 'domain_id') url += encodedDomain;
    else {
      const value = values[part];
      const text = value === undefined || value === null ? '' : String(value);
      // URL parsers collapse `.` and `..` segments (even percent-encoded), which would address another resource.
      if (text === '' || text === '.' || text === '..') {
        throw new TypeError(`${route.operationId}: the path parameter "${part}" is ${text ? `"${text}"` : 'missing or empty'}; pass the resource's id as { ${part}: '…' }.`);
      }
      url += encodeRfc3986(text);
    }
  });
  const query = route.query.flatMap((name) => queryPairs(name, values[name])).join('&');
  return query ? `${url}?${query}` : url;
}

/**
 * The body of a 2xx answer; otherwise (or when a 2xx body is not the JSON the operation promises) a
 * CloudConnectError with what the server said, its credentials scrubbed.
 */
function resultOf(operationId: string, { answer, sent }: Exchange, scrub: (text: string) => string): unknown {
  const ok = answer.status >= 200 && answer.status < 300;
  if (ok && (answer.status === 204 || answer.body === '')) return undefined;
  let body: unknown = answer.body;
  let hint: string | undefined;
  try {
    body = JSON.parse(answer.body);
    if (ok) return body;
  } catch {
    // Gateways answer some failures in plain text or HTML; the text itself is then the message.
    if (ok) {
      body = { message: `the answer body is not valid JSON (Content-Type: ${answer.header('content-type') ?? 'none'}, ${answer.body.length} characters)` };
      hint = 'Check that the endpoint is the Cloud Connect API and not a proxy or a login page.';
    }
  }
  // Only a signed request can be refused for its date; the date it carried is what the gateway compared.
  const sentAt = answer.status === 401 ? parseSdkDate(sent['x-sdk-date'] ?? '') : undefined;
  if (sentAt) hint = describeClockSkew({ status: answer.status, headers: { get: answer.header } as Headers }, sentAt);
  throw cloudConnectErrorFrom(operationId, answer, body, scrub, hint);
}

const JSON_BODY = { 'content-type': 'application/json' } as const;

export function createCloudConnectClient(options: CloudConnectClientOptions): CloudConnectClient {
  const { base, domainId, transport, scrub } = connect(options, 'createCloudConnectClient');
  // The connection checked it: 10 to 32 visible characters, so never `.` or `..`.
  const encodedDomain = encodeRfc3986(domainId);

  const invoke = async (route: OperationRoute, args: object | undefined, callOptions: CallOptions | undefined) => {
    const values = (args ?? {}) as Record<string, unknown>;
    const url = buildUrl(route, values, base, encodedDomain);
    const body = route.body && values.body !== undefined ? JSON.stringify(values.body) : undefined;
    let headers: Record<string, string> = body === undefined ? {} : JSON_BODY;
    if (callOptions?.headers) {
      headers = { ...headers };
      for (const [name, value] of Object.entries(callOptions.headers)) headers[name.toLowerCase()] = value;
    }
    return resultOf(route.operationId, await transport({ method: route.method, url, headers, body }, route.operationId, callOptions?.signal), scrub);
  };
  // One method per operation, its operationId with a lower-case first letter: `UpdateCloudConnection` → `updateCloudConnection`.
  const methods: Record<string, (args?: object, options?: CallOptions) => Promise<unknown>> = {};
  for (const line of operationLines(operationTable)) {
    const operationId = line.slice(0, line.indexOf(' '));
    methods[operationId.charAt(0).toLowerCase() + operationId.slice(1)] = (args, callOptions) => invoke(routeOf(line), args, callOptions);
  }
  return methods as unknown as CloudConnectClient;
}
