import type { Agent, ClientRequest, IncomingMessage, RequestOptions } from 'node:http';
import type { Answer, Sender } from './types.js';

type HttpModule = { request(options: RequestOptions, callback: (response: IncomingMessage) => void): ClientRequest; Agent: new (options: object) => Agent };

interface NodeProcess {
  release?: { name?: string };
  getBuiltinModule?(id: string): unknown;
}

/**
 * Node's own HTTP modules, reached through `process.getBuiltinModule` (Node ≥ 20.16) rather than an import, so that
 * bundles for browsers and edge runtimes never meet a `node:` specifier. Deno, Bun and Workers answer to `process`
 * too, but their `fetch` is native and their `node:http` is built on it, so they get the fetch sender.
 */
function builtinModules(): ((id: 'node:http' | 'node:https') => HttpModule) | undefined {
  const runtime = globalThis as { process?: NodeProcess; Deno?: unknown; Bun?: unknown; navigator?: { userAgent?: string } };
  const { process } = runtime;
  // Cloudflare Workers with nodejs_compat also look like Node from `process`; fetch is their native client.
  const elsewhere = runtime.Deno !== undefined || runtime.Bun !== undefined || runtime.navigator?.userAgent === 'Cloudflare-Workers';
  if (elsewhere || process?.release?.name !== 'node' || typeof process.getBuiltinModule !== 'function') return undefined;
  return (id) => process.getBuiltinModule?.(id) as HttpModule;
}

/** Parsed once per origin: the client sends every request to the same endpoint. */
interface Origin {
  module: HttpModule;
  agent: Agent;
  hostname: string;
  port: string;
}

/**
 * Sends over `node:http`/`node:https` with a keep-alive agent, reading the answer as a string without web streams.
 * `maxSockets` bounds the connections per origin (requests beyond it queue in the agent). Returns undefined outside
 * Node. Proxies are not used: pass a `fetch` that goes through one instead.
 */
export function nodeSender(maxSockets = 256): Sender | undefined {
  const load = builtinModules();
  if (load === undefined) return undefined;
  const origins = new Map<string, Origin>();
  const originOf = (origin: string): Origin => {
    let found = origins.get(origin);
    if (found === undefined) {
      const url = new URL(origin);
      // Loaded on the first request, so creating a client costs nothing (node:https brings TLS with it).
      const module = load(url.protocol === 'https:' ? 'node:https' : 'node:http');
      // Stryker disable next-line StringLiteral: node:http's Agent takes an empty scheduling as its default, 'lifo'
      const agent = new module.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets, scheduling: 'lifo' });
      // Bracketed IPv6 literals are given to node:http without brackets.
      found = { module, agent, hostname: url.hostname.replace(/^\[(.*)\]$/, '$1'), port: url.port };
      origins.set(origin, found);
    }
    return found;
  };

  return (request) => {
    const pathStart = request.url.indexOf('/', request.url.indexOf('//') + 2);
    const target = originOf(pathStart < 0 ? request.url : request.url.slice(0, pathStart));
    // The headers object is this attempt's own (the transport builds one per attempt), so it is completed in place.
    const { headers } = request;
    if (request.body !== undefined) headers['content-length'] = String(Buffer.byteLength(request.body));
    let outgoing: ClientRequest | undefined;
    const answer = new Promise<Answer>((resolve, reject) => {
      outgoing = target.module.request(
        // Stryker disable next-line StringLiteral: node:http sends `/` for an empty path
        { method: request.method, hostname: target.hostname, port: target.port, path: pathStart < 0 ? '/' : request.url.slice(pathStart), headers, agent: target.agent },
        (response) => {
          let body = '';
          let complete = false;
          // Stryker disable next-line StringLiteral: setEncoding('') decodes as UTF-8, the default
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (body += chunk));
          response.on('error', reject);
          response.on('end', () => {
            complete = true;
            const { headers: received, rawHeaders } = response;
            resolve({
              status: response.statusCode ?? 0,
              header: (name) => {
                const value = received[name];
                return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
              },
              headerList: () => rawHeaders.flatMap((value, i): [string, string][] => (i % 2 === 1 ? [[rawHeaders[i - 1] as string, value]] : [])),
              body,
            });
          });
          response.on('close', () => {
            if (!complete) reject(Object.assign(new Error('the connection closed before the whole answer arrived'), { code: 'ECONNRESET' }));
          });
        },
      );
      outgoing.on('error', reject);
      outgoing.end(request.body);
    });
    // Stryker disable next-line OptionalChaining: the promise executor assigns `outgoing` synchronously, before `cancel` can be called
    return { answer, cancel: () => outgoing?.destroy() };
  };
}
