import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { verifyRequest, type Account } from './auth.js';
import { Engine } from './engine.js';
import { ApiError, invalidParameter } from './errors.js';
import { deriveModel, type Model } from './model.js';
import { createSpecModel, type OpenApiDocument, type SchemaReader, type SpecModel, type SpecOperation as Operation } from '../spec/index.js';
import { Store } from './store.js';
import { describeErrors, Validators } from './validation.js';

export interface EmulatorOptions {
  /** Interface to listen on. Default `127.0.0.1`. */
  host?: string;
  /** Port to listen on; `0` (the default) picks a free one. */
  port?: number;
  /** JSON file that keeps the state across restarts; in memory only when absent. */
  dataFile?: string;
  /** The access key pair the emulator accepts; a fixed demo pair by default. */
  credentials?: { accessKey: string; secretKey: string; securityToken?: string };
  /** The IAM token the emulator accepts in `X-Auth-Token`. */
  token?: string;
  /** The account (domain) id the credentials belong to. */
  domainId?: string;
  /** The bundled OpenAPI document to serve; by default the package's `generated/openapi.json`. */
  specPath?: string;
  /** Folder served at `/docs`; by default the package's `generated/docs` when it exists; `false` serves none. */
  docsDir?: string | false;
  /** How long asynchronous (202) operations stay in their transitional state. Default 1500 ms. */
  asyncDelayMs?: number;
  /** Per-account limits by item key, e.g. `{ cloud_connection: 10 }` (the default), answered with `CC.1033`. */
  quotas?: Record<string, number>;
  /** Largest request body accepted; larger ones get 413. Default 1 MiB. */
  maxBodyBytes?: number;
  /** How long writes to `dataFile` are batched. Default 100 ms. */
  flushDelayMs?: number;
  /**
   * What the account starts with: nothing (the default), or with `'examples'` the resources the spec's Show and List
   * examples describe, under their documented ids, so the docs' samples find what they name. Ignored when `dataFile`
   * already holds state.
   */
  seed?: 'examples';
  /** Receives one line per problem worth knowing (failed writes, internal errors). Default `console.error`. */
  log?: (line: string) => void;
}

export interface RunningEmulator {
  /** Base URL to pass as the client's `endpoint`, e.g. `http://127.0.0.1:4010`. */
  url: string;
  /** Where the documentation is served, when there is a docs folder. */
  docsUrl: string | undefined;
  domainId: string;
  credentials: { accessKey: string; secretKey: string };
  token: string;
  /** Stops accepting connections, lets requests in flight finish, writes the data file; resolves when done. */
  close(): Promise<void>;
}

export const DEMO_DOMAIN_ID = '0123456789abcdef0123456789abcdef';
export const DEMO_ACCESS_KEY = 'EMULATORDEMOAK000001';
export const DEMO_SECRET_KEY = 'emulator-demo-secret-key-not-for-production';
export const DEMO_TOKEN = 'emulator-demo-token';

const JSON_TYPE = 'application/json;charset=UTF-8';
const DOC_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** The package root: the nearest folder above this module that holds `generated/openapi.json` (src/ and dist/ alike). */
function packageRoot(): string | undefined {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'generated', 'openapi.json'))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

function send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): void {
  if (body === undefined) {
    res.writeHead(status, headers);
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': JSON_TYPE, 'Content-Length': String(Buffer.byteLength(text)), ...headers });
  res.end(text);
}

function sendError(res: ServerResponse, requestId: string, error: ApiError): void {
  send(res, error.status, { error_code: error.code, error_msg: error.message, request_id: requestId }, error.headers);
}

/**
 * Reads the body up to `limit` bytes. Past the limit the rest is drained unread (so the client still sees the
 * 413 instead of a reset connection), and a sender that keeps going far beyond it is cut off.
 */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = Number.isFinite(declared) && declared > limit;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      if (tooLarge) {
        if (size > limit * 16) req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => (tooLarge ? reject(new ApiError(413, 'APIGW.0201', `Request entity too large: the body exceeds ${limit} bytes.`)) : resolve(Buffer.concat(chunks))));
    req.on('error', reject);
  });
}

function splitTarget(target: string): { rawPath: string; rawQuery: string } {
  const mark = target.indexOf('?');
  return mark < 0 ? { rawPath: target, rawQuery: '' } : { rawPath: target.slice(0, mark), rawQuery: target.slice(mark + 1) };
}

function decode(text: string, where: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw invalidParameter(`The ${where} contains a malformed percent-escape: ${JSON.stringify(text)}.`);
  }
}

/** Query values by name, each a list (`?id=a&id=b`); `+` stays a plus, as the signer reads it. */
function parseQuery(rawQuery: string): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const part of rawQuery.split('&')) {
    if (part === '') continue;
    const equals = part.indexOf('=');
    const name = decode(equals < 0 ? part : part.slice(0, equals), 'query string');
    const value = equals < 0 ? '' : decode(part.slice(equals + 1), 'query string');
    values.set(name, [...(values.get(name) ?? []), value]);
  }
  return values;
}

function isJsonType(contentType: string | undefined): boolean {
  return contentType === undefined || /^application\/([\w.+-]*\+)?json\s*(;|$)/i.test(contentType.trim());
}

interface SpecParts {
  reader: SchemaReader;
  model: Model;
  validators: Validators;
  router: SpecModel['router'];
}

let lastSpec: { text: string; parts: SpecParts } | undefined;

/**
 * What the emulator derives from a spec. Compiling its validators costs a few hundred milliseconds, and tests start
 * many emulators of the same document; none of these parts changes once derived, so emulators of one text share them.
 */
function specParts(text: string): SpecParts {
  if (lastSpec?.text === text) return lastSpec.parts;
  const spec = createSpecModel(JSON.parse(text) as OpenApiDocument);
  const parts = { reader: spec.schemas, model: deriveModel(spec), validators: new Validators(spec.doc), router: spec.router };
  lastSpec = { text, parts };
  return parts;
}

/** Starts an emulator of the Cloud Connect API described by the bundled spec. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const log = options.log ?? ((line: string) => console.error(line));
  const root = packageRoot();
  const specPath = options.specPath ?? (root === undefined ? undefined : path.join(root, 'generated', 'openapi.json'));
  if (specPath === undefined) throw new Error('Cannot find generated/openapi.json above the emulator module; pass specPath.');
  const docsDir = options.docsDir ?? (root === undefined ? false : path.join(root, 'generated', 'docs'));
  const { reader, model, validators, router } = specParts(await readFile(specPath, 'utf8'));
  const store = await Store.open({
    file: options.dataFile,
    flushDelayMs: options.flushDelayMs,
    onError: (error) => log(`cloud-connect-emulator: writing ${options.dataFile} failed: ${(error as Error).message}`),
  });
  const engine = new Engine(reader, model, validators, store, { asyncDelayMs: options.asyncDelayMs ?? 1500, quotas: options.quotas ?? {} });
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  const credentials = options.credentials ?? { accessKey: DEMO_ACCESS_KEY, secretKey: DEMO_SECRET_KEY };
  const token = options.token ?? DEMO_TOKEN;
  const account: Account = { domainId: options.domainId ?? DEMO_DOMAIN_ID, credentials, tokens: [token] };
  if (options.seed === 'examples' && store.collectionKeys().length === 0) engine.seed(account.domainId);

  let inFlight = 0;
  let closing = false;
  let idleWaiters: (() => void)[] = [];
  const idle = () => (inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => idleWaiters.push(resolve)));

  async function serveDocs(req: IncomingMessage, res: ServerResponse, rawPath: string): Promise<void> {
    if (docsDir === false || !existsSync(docsDir)) throw new ApiError(404, 'APIGW.0101', 'No documentation is served by this emulator.');
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new ApiError(405, 'APIGW.0201', 'Method not allowed: the documentation is read-only.', { Allow: 'GET, HEAD' });
    const relative = decode(rawPath.slice('/docs'.length).replace(/^\/+/, ''), 'path') || 'index.html';
    const file = path.resolve(docsDir, relative);
    const inside = file.startsWith(path.resolve(docsDir) + path.sep);
    const info = inside ? await stat(file).catch(() => undefined) : undefined;
    if (!info?.isFile()) throw new ApiError(404, 'APIGW.0101', `There is no documentation page ${JSON.stringify(relative)}.`);
    const content = await readFile(file);
    res.writeHead(200, { 'Content-Type': DOC_TYPES[path.extname(file)] ?? 'application/octet-stream', 'Content-Length': String(content.length) });
    res.end(req.method === 'HEAD' ? undefined : content);
  }

  async function serveApi(req: IncomingMessage, res: ServerResponse, requestId: string, rawPath: string, rawQuery: string): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const segments = rawPath.split('/').slice(1).map((segment) => decode(segment, 'path'));
    const route = router.match(method, segments);
    if (route.kind === 'not-found') throw new ApiError(404, 'APIGW.0101', `The API does not exist: no operation serves ${method} ${rawPath}.`);
    if (route.kind === 'method-not-allowed') {
      throw new ApiError(405, 'APIGW.0201', `Method ${method} is not allowed on ${rawPath}; use ${route.allow.join(', ')}.`, { Allow: route.allow.join(', ') });
    }
    const body = await readBody(req, maxBodyBytes);
    const auth = await verifyRequest({ method, url: req.url ?? rawPath, headers: req.headers, body }, account, () => new Date());
    if (!auth.ok) throw new ApiError(auth.status, auth.code, auth.message);
    const { operation, params } = route;
    if (params.domain_id !== undefined && params.domain_id !== auth.domainId) {
      throw new ApiError(403, 'APIGW.0302', `The domain_id ${params.domain_id} in the path is not the caller's account; use ${auth.domainId}.`);
    }
    const query = checkParams(operation, params, parseQuery(rawQuery));
    const parsed = checkBody(operation, body, req.headers['content-type']);
    // From here to the answer nothing awaits, so this request's read-modify-write cannot interleave with another's.
    const reply = engine.handle({ operation, params, query, body: parsed, domainId: auth.domainId, requestId, now: Date.now() });
    send(res, reply.status, reply.body);
  }

  function checkParams(operation: Operation, params: Record<string, string>, rawQuery: Map<string, string[]>): Record<string, unknown> {
    const pathValues: Record<string, unknown> = { ...params };
    const validatePath = validators.params(operation, 'path');
    if (!validatePath(pathValues)) throw invalidParameter(`Invalid path parameter: ${describeErrors(validatePath.errors, 'path')}.`);
    // Undeclared query parameters are ignored, as Huawei's services do.
    const query: Record<string, unknown> = {};
    for (const param of operation.queryParams) {
      const values = rawQuery.get(param.name);
      if (values !== undefined) query[param.name] = values;
    }
    const validateQuery = validators.params(operation, 'query');
    if (!validateQuery(query)) throw invalidParameter(`Invalid query parameter: ${describeErrors(validateQuery.errors, 'query', operation)}.`);
    return query;
  }

  function checkBody(operation: Operation, body: Buffer, contentType: string | undefined): unknown {
    if (!operation.body) return undefined;
    if (body.length === 0) {
      if (operation.body.required) throw invalidParameter('The request body is missing: this operation takes a JSON body.');
      return undefined;
    }
    if (!isJsonType(contentType)) throw invalidParameter(`The request body must be JSON (Content-Type: application/json), not ${contentType}.`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch (error) {
      throw invalidParameter(`The request body is not valid JSON: ${(error as Error).message}.`);
    }
    const validate = validators.body(operation);
    if (!validate(parsed)) throw invalidParameter(`Invalid request body: ${describeErrors(validate.errors, 'body')}.`);
    return parsed;
  }

  async function serve(req: IncomingMessage, res: ServerResponse, requestId: string): Promise<void> {
    const target = req.url ?? '/';
    // Proxies may send the absolute form (`http://host/path`); only the path and query matter here.
    const { rawPath, rawQuery } = splitTarget(target.startsWith('/') ? target : ((url) => url.pathname + url.search)(new URL(target)));
    if (rawPath === '/docs' || rawPath.startsWith('/docs/')) return serveDocs(req, res, rawPath);
    return serveApi(req, res, requestId, rawPath, rawQuery);
  }

  const server = createServer((req, res) => {
    const requestId = randomUUID().replace(/-/g, '');
    const target = req.url ?? '/';
    res.setHeader('X-Request-Id', requestId);
    if (closing) res.setHeader('Connection', 'close');
    inFlight++;
    serve(req, res, requestId)
      .catch((error: unknown) => {
        if (res.headersSent) return;
        if (error instanceof ApiError) return sendError(res, requestId, error);
        log(`cloud-connect-emulator: internal error on ${req.method} ${target}: ${(error as Error).stack ?? String(error)}`);
        sendError(res, requestId, new ApiError(500, 'CC.1007', 'Internal error while calling the API.'));
      })
      .finally(() => {
        inFlight--;
        if (inFlight > 0) return;
        for (const resolve of idleWaiters) resolve();
        idleWaiters = [];
      });
  });
  server.headersTimeout = 30_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  let closed: Promise<void> | undefined;
  const close = () => {
    closed ??= (async () => {
      closing = true;
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await idle();
      server.closeIdleConnections();
      // A client holding a keep-alive connection open must not keep the emulator alive.
      const force = setTimeout(() => server.closeAllConnections(), 2000);
      await stopped;
      clearTimeout(force);
      // A request cut off by the forced close may still be finishing; its change must reach the file too.
      await idle();
      await store.flush();
    })();
    return closed;
  };

  const url = `http://${host}:${address.port}`;
  const docsUrl = docsDir !== false && existsSync(path.join(docsDir, 'index.html')) ? `${url}/docs` : undefined;
  return { url, docsUrl, domainId: account.domainId, credentials: { accessKey: credentials.accessKey, secretKey: credentials.secretKey }, token, close };
}
